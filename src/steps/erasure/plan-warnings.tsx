import { Alert } from '@zendeskgarden/react-notifications'
import { SM } from '@zendeskgarden/react-typography'
import type { PlanWarning } from '../../core/erasure/erasure-types'
import { useI18n } from '../../i18n/i18n-context'

/** What may make the plan incomplete: tickets not fully scanned, comments that could not be loaded. */
export function PlanWarnings({ warnings, failedTicketIds }: { warnings: readonly PlanWarning[]; failedTicketIds: readonly number[] }) {
  const { t } = useI18n()
  const byCode = (code: PlanWarning['code']) => [...new Set(warnings.filter((w) => w.code === code).map((w) => w.ticketId))].filter((id) => id !== undefined)
  const lines = [
    ...(['ticket_not_fully_scanned', 'comment_not_loaded', 'values_not_found_in_comment'] as const).flatMap((code) => {
      const ids = byCode(code)
      return ids.length > 0 ? [t(`erasure.warning.${code}`, { count: ids.length, tickets: ids.map((id) => `#${id}`).join(', ') })] : []
    }),
    ...(failedTicketIds.length > 0 ? [t('erasure.warning.comments_unreadable', { count: failedTicketIds.length, tickets: failedTicketIds.map((id) => `#${id}`).join(', ') })] : []),
  ]
  if (lines.length === 0) return null
  return (
    <Alert type="warning">
      {lines.map((line) => (
        <SM key={line}>{line}</SM>
      ))}
    </Alert>
  )
}

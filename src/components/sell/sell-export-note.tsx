import { SM } from '@zendeskgarden/react-typography'
import type { ExportSell } from '../../core/export/export-schema'
import { useI18n } from '../../i18n/i18n-context'
import { API_ERROR_KINDS, type ApiErrorKind } from '../../zendesk/api-error'

const reasonKind = (reason: string | undefined): ApiErrorKind => (API_ERROR_KINDS as readonly string[]).includes(reason ?? '') ? (reason as ApiErrorKind) : 'unknown'

/** One line under a built export: whether Sell is in it, and if not, why. */
export function SellExportNote({ section }: { section: ExportSell }) {
  const { t } = useI18n()
  const text =
    section.status === 'included'
      ? t('sell.export.included', { count: section.records.length })
      : section.status === 'failed'
        ? t('sell.export.failed', { reason: t(`sell.reason.${reasonKind(section.reason)}`) })
        : t('sell.export.notConnected')
  return (
    <SM data-testid="sell-export-note" data-status={section.status}>
      {text}
    </SM>
  )
}

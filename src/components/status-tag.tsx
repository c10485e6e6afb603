import { Tag } from '@zendeskgarden/react-tags'
import { useI18n } from '../i18n/i18n-context'
import type { ObligationStatus } from '../core/checklist/obligations'

const HUE: Record<ObligationStatus, string | undefined> = {
  not_started: undefined,
  in_progress: 'blue',
  done: 'green',
  not_applicable: 'grey',
}

export function StatusTag({ status }: { status: ObligationStatus }) {
  const { t } = useI18n()
  return (
    <Tag size="small" hue={HUE[status]} data-status={status}>
      {t(`checklist.status.${status}`)}
    </Tag>
  )
}

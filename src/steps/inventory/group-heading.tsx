import { SM } from '@zendeskgarden/react-typography'
import type { Translate } from '../../i18n/create-translator'
import { useI18n } from '../../i18n/i18n-context'
import type { ReviewGroup } from './review-rows'

/** "Ticket #62 · Open", "Profile and organisation" or "Email addresses": what a group of findings is. */
export function groupLabel(t: Translate, group: ReviewGroup): string {
  if (group.kind === 'profile') return t('inventory.review.profileGroup')
  if (group.kind === 'type') return t(`inventory.piiType.${group.type}`)
  return t('inventory.review.ticketGroup', { id: group.ticket.id, status: t(`inventory.status.${group.ticket.status}`) })
}

export function GroupHeading({ group, count }: { group: ReviewGroup; count: number }) {
  const { t } = useI18n()
  const roles = group.kind === 'ticket' ? group.ticket.roles.map((r) => t(`inventory.role.${r}`)).join(', ') : undefined
  return (
    <div style={{ paddingTop: 6 }}>
      <SM isBold>
        {groupLabel(t, group)} · {t('inventory.review.findingCount', { count })}
      </SM>
      {roles && <SM style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{roles}</SM>}
    </div>
  )
}

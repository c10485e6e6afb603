import { Alert, Title } from '@zendeskgarden/react-notifications'
import type { UnreadableItem } from '../../core/inventory/inventory-types'
import { useI18n } from '../../i18n/i18n-context'

const KNOWN_REASONS = ['rate_limited', 'server', 'timeout', 'network', 'unauthorized', 'forbidden', 'not_found', 'invalid', 'conflict', 'malformed', 'unknown']

/** What the scan could not read and why, so the agent knows the inventory is incomplete and where. */
export function UnreadableList({ items }: { items: readonly UnreadableItem[] }) {
  const { t } = useI18n()
  if (items.length === 0) return null
  return (
    <Alert type="warning" role="alert" style={{ marginTop: 10 }}>
      <Title>{t('inventory.unreadable.title', { count: items.length })}</Title>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 16 }}>
        {items.map((item, index) => (
          <li key={`${item.what}-${item.ticketId ?? index}`}>
            {t(`inventory.unreadable.what.${item.what}`, { id: item.ticketId ?? '' })}:{' '}
            {t(`inventory.unreadable.reason.${KNOWN_REASONS.includes(item.reason) ? item.reason : 'unknown'}`, { status: item.status ?? '' })}
          </li>
        ))}
      </ul>
      {t('inventory.unreadable.resume')}
    </Alert>
  )
}

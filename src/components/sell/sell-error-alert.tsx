import { Button } from '@zendeskgarden/react-buttons'
import { Alert } from '@zendeskgarden/react-notifications'
import { SM } from '@zendeskgarden/react-typography'
import { useI18n } from '../../i18n/i18n-context'
import { describeSellError } from '../../zendesk/sell/sell-errors'

/**
 * A Sell failure in words an agent can act on (a bad token is for an admin, a 429 means wait), and a
 * reminder that the Support side of the checklist is not affected.
 */
export function SellErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n()
  const info = describeSellError(error)
  return (
    <Alert type={info.kind === 'rate_limited' ? 'warning' : 'error'} role="alert" data-testid="sell-error" data-kind={info.kind}>
      <SM>{t(`sell.error.${info.kind}`, { status: info.status })}</SM>
      <SM>{t('sell.supportUnaffected')}</SM>
      {onRetry && (
        <div style={{ marginTop: 8 }}>
          <Button size="small" onClick={onRetry}>
            {t('sell.retry')}
          </Button>
        </div>
      )}
    </Alert>
  )
}

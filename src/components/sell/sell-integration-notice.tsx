import { SM } from '@zendeskgarden/react-typography'
import { useI18n } from '../../i18n/i18n-context'

/** Zendesk's guide: integration data in Sell (email, calendar, other apps) belongs to the integration and is handled at its source. */
export function SellIntegrationNotice() {
  const { t } = useI18n()
  return <SM data-testid="sell-integration-notice">{t('sell.integrationNotice')}</SM>
}

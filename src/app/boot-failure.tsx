import { Alert, Title } from '@zendeskgarden/react-notifications'
import { SM } from '@zendeskgarden/react-typography'
import { useI18n } from '../i18n/i18n-context'

/** Shown when the iframe is opened directly (no ZAF parameters): explains where the app lives. */
export function OutsideZendesk() {
  const { t } = useI18n()
  return (
    <main style={{ padding: 16, maxWidth: 560 }}>
      <Alert type="info">
        <Title>{t('boot.outsideTitle')}</Title>
        {t('boot.outsideBody')}
      </Alert>
      <SM style={{ marginTop: 12 }}>{t('boot.outsideDev')}</SM>
    </main>
  )
}

/** Zendesk never registered the app or the first calls failed: say so instead of a blank sidebar. */
export function BootFailed() {
  const { t } = useI18n()
  return (
    <main style={{ padding: 12 }}>
      <Alert type="error" role="alert">
        <Title>{t('boot.failedTitle')}</Title>
        {t('boot.failedBody')}
      </Alert>
    </main>
  )
}

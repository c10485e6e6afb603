import { Alert, Title } from '@zendeskgarden/react-notifications'
import { Button } from '@zendeskgarden/react-buttons'
import { useI18n } from '../i18n/i18n-context'
import { toApiError, ZendeskApiError } from '../zendesk/api-error'

/** Translates any failure into a sentence with a next step, and offers a retry when one makes sense. */
export function ApiErrorMessage({ error, title, onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const { t } = useI18n()
  const apiError = error instanceof ZendeskApiError ? error : toApiError(error)
  const message = t(`errors.${apiError.kind}`, { status: apiError.status, description: apiError.description ?? '' })
  return (
    <Alert type={apiError.kind === 'rate_limited' ? 'warning' : 'error'} role="alert">
      {title && <Title>{title}</Title>}
      {message}
      {onRetry && (
        <div style={{ marginTop: 8 }}>
          <Button size="small" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        </div>
      )}
    </Alert>
  )
}

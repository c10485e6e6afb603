import { Alert, Title } from '@zendeskgarden/react-notifications'
import { SM } from '@zendeskgarden/react-typography'
import { useI18n } from '../../i18n/i18n-context'
import type { UserWriteProblem } from '../../react/user-write-error'
import { ApiErrorMessage } from '../../components/api-error-message'

/** Explains a refused user or identity change: shared user, missing permission, or Zendesk's validation. */
export function WriteProblem({ problem }: { problem: UserWriteProblem }) {
  const { t } = useI18n()
  if (problem.kind === 'other') return <ApiErrorMessage error={problem.error} />
  if (problem.kind === 'shared' || problem.kind === 'forbidden') {
    return (
      <Alert type="error" role="alert">
        {t(`correction.error.${problem.kind}`)}
      </Alert>
    )
  }
  return (
    <Alert type="error" role="alert">
      <Title>{t('correction.error.invalidTitle')}</Title>
      {problem.fields.length === 0 ? (
        <SM>{problem.description ?? t('correction.error.invalidUnknown')}</SM>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {problem.fields.map((field, index) => (
            <li key={`${field.field}-${index}`}>
              <SM>{field.description ?? t('correction.error.invalidField', { field: field.field, code: field.code ?? '' })}</SM>
            </li>
          ))}
        </ul>
      )}
    </Alert>
  )
}

import { Alert } from '@zendeskgarden/react-notifications'
import { useI18n } from '../../i18n/i18n-context'
import type { UserWriteProblem } from '../../react/user-write-error'
import { ApiErrorMessage } from '../../components/api-error-message'

/** Why Zendesk refused to (un)suspend: a shared user, a role without "manage end users", or another error. */
export function ObjectionProblem({ problem }: { problem: UserWriteProblem }) {
  const { t } = useI18n()
  if (problem.kind === 'shared' || problem.kind === 'forbidden') {
    return (
      <Alert type="error" role="alert">
        {t(`objection.error.${problem.kind}`)}
      </Alert>
    )
  }
  if (problem.kind === 'invalid') {
    return (
      <Alert type="error" role="alert">
        {t('objection.error.invalid', { description: problem.fields[0]?.description ?? problem.description ?? '' })}
      </Alert>
    )
  }
  return <ApiErrorMessage error={problem.error} />
}

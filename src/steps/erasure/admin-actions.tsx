import { Alert, Title } from '@zendeskgarden/react-notifications'
import { SM } from '@zendeskgarden/react-typography'
import type { AgentPermissions, ErasurePlan } from '../../core/erasure/erasure-types'
import { useI18n } from '../../i18n/i18n-context'
import { describeOperation } from '../../components/erasure/describe-operation'

/**
 * What an admin must do because the agent's role does not allow it: listed, never attempted (the executor
 * skips operations the agent may not perform, so no request is even sent).
 */
export function AdminActions({ plan, permissions }: { plan: ErasurePlan; permissions: AgentPermissions }) {
  const { t } = useI18n()
  const forAdmin = plan.operations.filter((op) => !op.allowed)
  const userNeedsAdmin = plan.userDeletion?.blockers.some((b) => b.code === 'no_permission') ?? false
  if (forAdmin.length === 0 && !userNeedsAdmin) return null
  return (
    <Alert type="info" data-testid="admin-actions">
      <Title>{t('erasure.admin.title')}</Title>
      <SM>{t(permissions.role === 'agent' ? 'erasure.admin.introAgent' : 'erasure.admin.intro')}</SM>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 16 }}>
        {forAdmin.map((op) => (
          <li key={op.id}>
            <SM>{describeOperation(t, op)}</SM>
          </li>
        ))}
        {userNeedsAdmin && (
          <li>
            <SM>{t('erasure.admin.deleteUser', { user: plan.subjectUserId })}</SM>
          </li>
        )}
      </ul>
      {forAdmin.some((op) => op.kind === 'permanently_delete_ticket') && <SM>{t('erasure.admin.howTickets')}</SM>}
      {userNeedsAdmin && <SM>{t('erasure.admin.howUser')}</SM>}
    </Alert>
  )
}

import { Dots } from '@zendeskgarden/react-loaders'
import { Alert } from '@zendeskgarden/react-notifications'
import { SM } from '@zendeskgarden/react-typography'
import type { Inventory } from '../../core/inventory/inventory-types'
import { useI18n } from '../../i18n/i18n-context'
import { useLoadedSubject } from '../../react/subject-context'
import { useAgentPermissions } from '../../react/erasure/use-agent-permissions'
import { useErasureRun } from '../../react/erasure/use-erasure-run'
import { ApiErrorMessage } from '../../components/api-error-message'
import { SellErasureSection } from '../../components/sell/sell-erasure-section'
import { PlanView } from './plan-view'
import { RunView } from './run-view'

/**
 * Erasure ("right to be forgotten"), in the guide's order: remove the personal data from the ticket
 * conversations, then delete the user. Plan → preview → confirm → execute with progress → verify → evidence.
 * A run interrupted by closing the sidebar or a reload is picked up from its journal.
 */
export function ErasurePanel({ inventory }: { inventory: Inventory | undefined }) {
  const { t } = useI18n()
  const { subject } = useLoadedSubject()
  const permissions = useAgentPermissions()
  const run = useErasureRun('erasure', subject.user.id)

  return (
    <div style={{ display: 'grid', gap: 10 }} data-testid="erasure-step">
      <SM>{t('erasure.intro')}</SM>
      {permissions.status === 'loading' && <Dots size={20} aria-label={t('erasure.loadingPermissions')} />}
      {permissions.status === 'error' && <ApiErrorMessage error={permissions.error} onRetry={permissions.reload} />}
      {permissions.status === 'ready' &&
        (run.journal || run.running ? (
          <RunView run={run} inventory={inventory} permissions={permissions.value} />
        ) : !inventory ? (
          <Alert type="info">
            <SM>{t('erasure.needInventory')}</SM>
          </Alert>
        ) : (
          <PlanView inventory={inventory} permissions={permissions.value} onStart={run.start} />
        ))}
      <SellErasureSection obligation="erasure" />
    </div>
  )
}

import { useState } from 'react'
import { Dots } from '@zendeskgarden/react-loaders'
import { Alert } from '@zendeskgarden/react-notifications'
import { MD, SM } from '@zendeskgarden/react-typography'
import type { JournalSelections } from '../../core/erasure/erasure-journal'
import type { AgentPermissions } from '../../core/erasure/erasure-types'
import { defaultSelections } from '../../core/erasure/options-from-selections'
import type { Inventory } from '../../core/inventory/inventory-types'
import { useI18n } from '../../i18n/i18n-context'
import { useServices } from '../../react/services-context'
import { useLoadedSubject } from '../../react/subject-context'
import { useErasurePlan } from '../../react/erasure/use-erasure-plan'
import type { StartInput } from '../../react/erasure/use-erasure-run'
import { ApiErrorMessage } from '../../components/api-error-message'
import { NotReachedList } from '../../components/erasure/not-reached-list'
import { AdminActions } from './admin-actions'
import { ConfirmErasure } from './confirm-erasure'
import { PlanPreview } from './plan-preview'
import { PlanWarnings } from './plan-warnings'
import { UserDeletionSection } from './user-deletion-section'

/** The plan for the reviewed inventory, with the agent's choices; nothing is sent until they confirm. */
export function PlanView({ inventory, permissions, onStart }: { inventory: Inventory; permissions: AgentPermissions; onStart: (input: StartInput) => void }) {
  const { t } = useI18n()
  const { location, context } = useServices()
  const { subject } = useLoadedSubject()
  const [selections, setSelections] = useState<JournalSelections>(defaultSelections)
  const requestTicketId = location === 'ticket_sidebar' ? context.ticketId : undefined
  const planning = useErasurePlan({ inventory, selections, permissions, subject: subject.user, ...(requestTicketId !== undefined ? { requestTicketId } : {}) })
  const change = (patch: Partial<JournalSelections>) => setSelections((s) => ({ ...s, ...patch }))

  if (planning.status === 'error') return <ApiErrorMessage error={planning.error} onRetry={planning.reload} />
  if (!planning.plan) return <Dots size={20} aria-label={t('erasure.planning')} />
  const plan = planning.plan
  const nothingToDo = plan.operations.length === 0 && plan.dropped.length === 0 && !plan.userDeletion?.blockers.length
  return (
    <div style={{ display: 'grid', gap: 12 }} data-testid="erasure-plan">
      {!inventory.complete && (
        <Alert type="warning">
          <SM>{t('erasure.inventoryIncomplete')}</SM>
        </Alert>
      )}
      <PlanWarnings warnings={plan.warnings} failedTicketIds={planning.failedTicketIds} />
      <section aria-labelledby="erasure-tickets-title" style={{ display: 'grid', gap: 6 }}>
        <MD isBold id="erasure-tickets-title" tag="h3">
          {t('erasure.tickets.title')}
        </MD>
        {inventory.findings.every((f) => f.review !== 'confirmed') && <SM>{t('erasure.tickets.noConfirmed')}</SM>}
        <PlanPreview plan={plan} inventory={inventory} selections={selections} onChange={change} />
      </section>
      <UserDeletionSection plan={plan} selections={selections} onChange={change} />
      <AdminActions plan={plan} permissions={permissions} />
      <NotReachedList codes={plan.notReached} />
      {nothingToDo ? <SM role="status">{t('erasure.nothingToDo')}</SM> : <ConfirmErasure plan={plan} onConfirm={(ids) => onStart({ plan, confirmedIrreversibleIds: ids, selections })} />}
    </div>
  )
}

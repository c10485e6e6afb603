import { Button } from '@zendeskgarden/react-buttons'
import { Alert } from '@zendeskgarden/react-notifications'
import { MD, SM } from '@zendeskgarden/react-typography'
import { hasWorkLeft, isComplete, RETRYABLE_REASONS } from '../../core/erasure/erasure-journal'
import type { AgentPermissions } from '../../core/erasure/erasure-types'
import type { Inventory } from '../../core/inventory/inventory-types'
import { useI18n } from '../../i18n/i18n-context'
import { useServices } from '../../react/services-context'
import { useLoadedSubject } from '../../react/subject-context'
import { useErasurePlan } from '../../react/erasure/use-erasure-plan'
import type { ErasureRunState } from '../../react/erasure/use-erasure-run'
import { ApiErrorMessage } from '../../components/api-error-message'
import { OutcomeList } from '../../components/erasure/outcome-list'
import { RunProgress } from '../../components/erasure/run-progress'
import { EvidenceSection } from './evidence-section'
import { VerificationSummary } from './verification-summary'

/** Execution, progress and results of a run (live, or the stored one after a reload). */
export function RunView({ run, inventory, permissions }: { run: ErasureRunState; inventory: Inventory | undefined; permissions: AgentPermissions }) {
  const { t } = useI18n()
  const { subject } = useLoadedSubject()
  const { location, context } = useServices()
  const journal = run.journal
  const workLeft = journal ? hasWorkLeft(journal) || !isComplete(journal) : false
  // Text redactions need their values again after a reload: the plan is rebuilt from the (rescanned) inventory.
  const needsValues = !!journal && journal.entries.some((e) => (e.findingIds?.length ?? 0) > 0 && e.state !== 'done' && !(e.state === 'skipped' && e.reason !== 'values_unavailable'))
  const planning = useErasurePlan({
    inventory: needsValues && !run.running ? inventory : undefined,
    selections: journal?.selections ?? { selectedAttachmentIds: [], deleteTicketIds: [], droppedOperationIds: [], permanentlyDeleteTickets: true, deleteRecordings: true, deleteUser: false, permanentlyDeleteUser: false, deleteUnclosedRequestedTickets: false, changeRoleToEndUser: false, deleteIdentityIds: [] },
    permissions,
    subject: subject.user,
  })
  if (!journal) return null
  const retryable = journal.entries.some((e) => e.state === 'failed' && e.reason && RETRYABLE_REASONS.includes(e.reason))
  const noteTicketId = location === 'ticket_sidebar' && context.ticketId && !journal.entries.some((e) => e.ticketId === context.ticketId && e.kind === 'soft_delete_ticket' && e.state === 'done') ? context.ticketId : undefined
  return (
    <div style={{ display: 'grid', gap: 10 }} data-testid="erasure-run">
      <MD isBold tag="h3">
        {t(run.running ? 'erasure.run.titleRunning' : workLeft ? 'erasure.run.titleStopped' : 'erasure.run.titleFinished')}
      </MD>
      <RunProgress journal={journal} running={run.running} />
      {run.running && (
        <div>
          <Button size="small" onClick={run.stop}>
            {t('erasure.run.stop')}
          </Button>
        </div>
      )}
      {run.error !== null && run.error !== undefined && <ApiErrorMessage error={run.error} title={t('erasure.run.errorTitle')} />}
      {!run.running && workLeft && (
        <Alert type="warning">
          <SM>{t('erasure.run.interrupted')}</SM>
          {needsValues && !planning.plan && <SM>{t('erasure.run.needsRescan')}</SM>}
          <div style={{ display: 'flex', gap: 8, marginTop: 6, flexWrap: 'wrap' }}>
            {hasWorkLeft(journal) && (
              <Button size="small" isPrimary onClick={() => run.resume(planning.plan)}>
                {t('erasure.run.continue')}
              </Button>
            )}
            {(retryable || !isComplete(journal)) && (
              <Button size="small" onClick={() => run.retry(planning.plan)}>
                {t('erasure.run.retry')}
              </Button>
            )}
          </div>
        </Alert>
      )}
      <VerificationSummary journal={journal} />
      <OutcomeList entries={journal.entries} label={t('erasure.run.outcomes')} />
      {!run.running && <EvidenceSection journal={journal} noteTicketId={noteTicketId} onNoteAdded={run.markNoteAdded} />}
      {!run.running && (
        <div>
          <Button size="small" isBasic onClick={run.discard}>
            {t(workLeft ? 'erasure.run.abandon' : 'erasure.run.newErasure')}
          </Button>
        </div>
      )}
    </div>
  )
}

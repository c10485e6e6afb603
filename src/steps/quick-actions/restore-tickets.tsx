import { Button } from '@zendeskgarden/react-buttons'
import { MD, SM } from '@zendeskgarden/react-typography'
import { defaultSelections } from '../../core/erasure/options-from-selections'
import type { AgentPermissions, ErasurePlan } from '../../core/erasure/erasure-types'
import { planTicketRestore } from '../../core/erasure/plan-ticket-restore'
import { useI18n } from '../../i18n/i18n-context'
import { useLoadedSubject } from '../../react/subject-context'
import type { StartInput } from '../../react/erasure/use-erasure-run'
import { useRestorableTickets } from '../../react/erasure/use-restorable-tickets'

function restorePlan(subjectUserId: number, ticketId: number, permissions: AgentPermissions): ErasurePlan {
  return {
    subjectUserId,
    operations: planTicketRestore([ticketId], permissions),
    dropped: [],
    tickets: [],
    userDeletion: null,
    apiCalls: { writes: 1, reads: 1, total: 2 },
    notReached: [],
    warnings: [],
  }
}

/** Tickets this app moved to deleted, still in deleted_tickets: the agent can bring them back. */
export function RestoreTickets({ permissions, onStart }: { permissions: AgentPermissions; onStart: (input: StartInput) => void }) {
  const { t } = useI18n()
  const { subject } = useLoadedSubject()
  const restorable = useRestorableTickets(subject.user.id)
  if (restorable.status !== 'ready' || restorable.value.length === 0 || !permissions.deleteTickets) return null
  return (
    <section aria-labelledby="restore-title" style={{ display: 'grid', gap: 4 }} data-testid="restore-tickets">
      <MD isBold id="restore-title" tag="h3">
        {t('quickActions.restore.title')}
      </MD>
      <SM>{t('quickActions.restore.intro')}</SM>
      {restorable.value.map((ticketId) => (
        <div key={ticketId} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <SM>{t('quickActions.restore.ticket', { id: ticketId })}</SM>
          <Button
            size="small"
            onClick={() => onStart({ plan: restorePlan(subject.user.id, ticketId, permissions), confirmedIrreversibleIds: [], selections: { ...defaultSelections(), deleteUser: false, permanentlyDeleteUser: false } })}
          >
            {t('quickActions.restore.button')}
          </Button>
        </div>
      ))}
    </section>
  )
}

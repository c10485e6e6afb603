import { useMemo, useState } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { Checkbox, Field, Label } from '@zendeskgarden/react-forms'
import { Dots } from '@zendeskgarden/react-loaders'
import { SM } from '@zendeskgarden/react-typography'
import type { JournalSelections } from '../../core/erasure/erasure-journal'
import type { AgentPermissions } from '../../core/erasure/erasure-types'
import { defaultSelections } from '../../core/erasure/options-from-selections'
import type { Inventory } from '../../core/inventory/inventory-types'
import { useI18n } from '../../i18n/i18n-context'
import { useLoadedSubject } from '../../react/subject-context'
import { useTicketFindings } from '../../react/use-ticket-findings'
import { useErasurePlan } from '../../react/erasure/use-erasure-plan'
import type { StartInput } from '../../react/erasure/use-erasure-run'
import { ApiErrorMessage } from '../../components/api-error-message'
import { FindingChoices } from './finding-choices'
import { QuickPreview } from './quick-preview'

/** What a quick action starts from: nothing selected, this ticket only, never a permanent deletion or the user. */
function quickSelections(ticketId: number): JournalSelections {
  return { ...defaultSelections(), findingIds: [], onlyTicketIds: [ticketId], permanentlyDeleteTickets: false, deleteRecordings: false, deleteUser: false, permanentlyDeleteUser: false }
}

export function QuickActionChooser({ ticketId, permissions, onStart }: { ticketId: number; permissions: AgentPermissions; onStart: (input: StartInput) => void }) {
  const { t } = useI18n()
  const { subject } = useLoadedSubject()
  const scan = useTicketFindings(ticketId)
  const [selections, setSelections] = useState<JournalSelections>(() => quickSelections(ticketId))
  const [previewing, setPreviewing] = useState(false)
  const inventory = useMemo<Inventory | undefined>(
    () =>
      scan.status === 'ready'
        ? { subjectId: subject.user.id, terms: [], tickets: [scan.value.ticket], findings: scan.value.findings, unreadable: [], builtAt: new Date().toISOString(), complete: true }
        : undefined,
    [scan, subject.user.id],
  )
  const planning = useErasurePlan({ inventory: previewing ? inventory : undefined, selections, permissions, subject: subject.user })
  if (scan.status === 'loading') return <Dots size={20} aria-label={t('quickActions.loading')} />
  if (scan.status === 'error') return <ApiErrorMessage error={scan.error} onRetry={scan.reload} />
  const { ticket, findings } = scan.value
  const change = (patch: Partial<JournalSelections>) => {
    setPreviewing(false)
    setSelections((s) => ({ ...s, ...patch }))
  }
  const chosen = (selections.findingIds?.length ?? 0) + selections.selectedAttachmentIds.length + selections.deleteTicketIds.length
  const movable = ticket.status !== 'deleted'
  return (
    <div style={{ display: 'grid', gap: 8 }} data-testid="quick-actions">
      <FindingChoices findings={findings} selected={selections.findingIds ?? []} onChange={(ids) => change({ findingIds: ids })} />
      {ticket.attachments.length > 0 && (
        <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'grid', gap: 2 }}>
          <legend style={{ padding: 0 }}>
            <Label isRegular>{t('quickActions.files')}</Label>
          </legend>
          {ticket.attachments.map((file) => (
            <Field key={file.id}>
              <Checkbox
                checked={file.redacted || selections.selectedAttachmentIds.includes(file.id)}
                disabled={file.redacted}
                onChange={(e) =>
                  change({ selectedAttachmentIds: e.target.checked ? [...selections.selectedAttachmentIds, file.id] : selections.selectedAttachmentIds.filter((id) => id !== file.id) })
                }
              >
                <Label isRegular>{t(file.redacted ? 'quickActions.fileRedacted' : 'quickActions.redactFile', { name: file.fileName })}</Label>
              </Checkbox>
            </Field>
          ))}
        </fieldset>
      )}
      {movable && (
        <Field>
          <Checkbox checked={selections.deleteTicketIds.includes(ticketId)} onChange={(e) => change({ deleteTicketIds: e.target.checked ? [ticketId] : [] })}>
            <Label isRegular>{t('quickActions.moveToDeleted', { id: ticketId })}</Label>
          </Checkbox>
        </Field>
      )}
      {!previewing && (
        <div>
          <Button size="small" disabled={chosen === 0} onClick={() => setPreviewing(true)}>
            {t('quickActions.preview')}
          </Button>
        </div>
      )}
      {previewing && planning.status === 'error' && <ApiErrorMessage error={planning.error} onRetry={planning.reload} />}
      {previewing && planning.status === 'loading' && <Dots size={20} aria-label={t('quickActions.planning')} />}
      {previewing && planning.plan && (
        <QuickPreview
          plan={planning.plan}
          onCancel={() => setPreviewing(false)}
          onConfirm={() => onStart({ plan: planning.plan as NonNullable<typeof planning.plan>, confirmedIrreversibleIds: [], selections })}
        />
      )}
      {chosen === 0 && <SM>{t('quickActions.chooseSomething')}</SM>}
    </div>
  )
}

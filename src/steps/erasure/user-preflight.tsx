import { Checkbox, Field, Label } from '@zendeskgarden/react-forms'
import { Alert } from '@zendeskgarden/react-notifications'
import { SM } from '@zendeskgarden/react-typography'
import type { JournalSelections } from '../../core/erasure/erasure-journal'
import type { UserDeletionBlocker, UserDeletionPreflight } from '../../core/erasure/erasure-types'
import { useI18n } from '../../i18n/i18n-context'

/** Every reason the user cannot be deleted yet, in plain words, with the fix the API allows as a choice. */
export function UserPreflight({ preflight, selections, onChange }: {
  preflight: UserDeletionPreflight
  selections: JournalSelections
  onChange: (patch: Partial<JournalSelections>) => void
}) {
  const { t } = useI18n()
  if (preflight.blockers.length === 0) return null
  const open = preflight.blockers.some((b) => !b.resolvedByPlan)
  return (
    <Alert type={open ? 'warning' : 'info'} data-testid="user-preflight">
      <ul style={{ margin: 0, paddingInlineStart: 16, display: 'grid', gap: 6 }}>
        {preflight.blockers.map((blocker) => (
          <li key={blocker.code} data-blocker={blocker.code}>
            <SM>{blockerText(t, blocker)}</SM>
            <SM>{t(`erasure.fix.${blocker.fix}`)}</SM>
            {blocker.code === 'unclosed_requester' && blocker.fix === 'delete_tickets' && (
              <Field>
                <Checkbox checked={selections.deleteUnclosedRequestedTickets} onChange={(e) => onChange({ deleteUnclosedRequestedTickets: e.target.checked })}>
                  <Label isRegular>{t('erasure.fix.deleteTicketsChoice', { count: blocker.ticketIds?.length ?? 0 })}</Label>
                </Checkbox>
              </Field>
            )}
            {blocker.code === 'staff_role' && blocker.fix === 'change_role' && (
              <Field>
                <Checkbox checked={selections.changeRoleToEndUser} onChange={(e) => onChange({ changeRoleToEndUser: e.target.checked })}>
                  <Label isRegular>{t('erasure.fix.changeRoleChoice')}</Label>
                </Checkbox>
              </Field>
            )}
          </li>
        ))}
      </ul>
    </Alert>
  )
}

function blockerText(t: (key: string, vars?: Record<string, string | number>) => string, blocker: UserDeletionBlocker): string {
  if (!blocker.ticketIds) return t(`erasure.blocker.${blocker.code}`)
  return t(`erasure.blocker.${blocker.code}`, { count: blocker.ticketIds.length, tickets: blocker.ticketIds.map((id) => `#${id}`).join(', ') })
}

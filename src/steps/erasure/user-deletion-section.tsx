import { Checkbox, Field, Hint, Label } from '@zendeskgarden/react-forms'
import { MD, SM } from '@zendeskgarden/react-typography'
import type { JournalSelections } from '../../core/erasure/erasure-journal'
import type { ErasurePlan } from '../../core/erasure/erasure-types'
import { useI18n } from '../../i18n/i18n-context'
import { useLoadedSubject } from '../../react/subject-context'
import { UserPreflight } from './user-preflight'

/** After the ticket data: delete the user (soft, then permanently), with the preflight's blockers and fixes. */
export function UserDeletionSection({ plan, selections, onChange }: {
  plan: ErasurePlan
  selections: JournalSelections
  onChange: (patch: Partial<JournalSelections>) => void
}) {
  const { t } = useI18n()
  const { subject } = useLoadedSubject()
  const preflight = plan.userDeletion
  const willSoft = plan.operations.some((op) => op.kind === 'soft_delete_user')
  const willPurge = plan.operations.some((op) => op.kind === 'permanently_delete_user')
  const toggleIdentity = (id: number, on: boolean) =>
    onChange({ deleteIdentityIds: on ? [...selections.deleteIdentityIds, id] : selections.deleteIdentityIds.filter((x) => x !== id) })
  return (
    <section aria-labelledby="erasure-user-title" style={{ display: 'grid', gap: 6 }} data-testid="user-deletion">
      <MD isBold id="erasure-user-title" tag="h3">
        {t('erasure.user.title')}
      </MD>
      <Field>
        <Checkbox checked={selections.deleteUser} onChange={(e) => onChange({ deleteUser: e.target.checked })}>
          <Label isRegular>{t('erasure.user.delete')}</Label>
          <Hint>{t('erasure.user.deleteHint')}</Hint>
        </Checkbox>
      </Field>
      <Field>
        <Checkbox checked={selections.permanentlyDeleteUser} disabled={!selections.deleteUser} onChange={(e) => onChange({ permanentlyDeleteUser: e.target.checked })}>
          <Label isRegular>{t('erasure.user.purge')}</Label>
          <Hint>{t('erasure.user.purgeHint')}</Hint>
        </Checkbox>
      </Field>
      {preflight && selections.deleteUser && <UserPreflight preflight={preflight} selections={selections} onChange={onChange} />}
      {selections.deleteUser && (
        <SM role="status" data-testid="user-deletion-status">
          {t(willPurge ? 'erasure.user.willPurge' : willSoft ? 'erasure.user.willSoftDelete' : preflight?.alreadySoftDeleted ? 'erasure.user.alreadyDeleted' : 'erasure.user.blocked')}
        </SM>
      )}
      {subject.identities.length > 0 && (
        <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'grid', gap: 2 }}>
          <legend style={{ padding: 0 }}>
            <Label isRegular>{t('erasure.user.identities')}</Label>
          </legend>
          {subject.identities.map((identity) => (
            <Field key={identity.id}>
              <Checkbox checked={selections.deleteIdentityIds.includes(identity.id)} onChange={(e) => toggleIdentity(identity.id, e.target.checked)}>
                <Label isRegular>{t('erasure.user.deleteIdentity', { type: t(`erasure.identityType.${identity.type === 'phone_number' || identity.type === 'email' || identity.type === 'twitter' ? identity.type : 'other'}`), value: identity.value })}</Label>
              </Checkbox>
            </Field>
          ))}
        </fieldset>
      )}
    </section>
  )
}

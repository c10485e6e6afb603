import type { FormEvent } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { Field, Input, Textarea } from '@zendeskgarden/react-forms'
import { SM } from '@zendeskgarden/react-typography'
import { useI18n } from '../../i18n/i18n-context'
import { fieldLabel } from './field-label'
import type { ProfileDraft, ProfileField } from './profile-draft'

/** The editable profile: name, phone, details, notes and the text/number user fields. */
export function ProfileEditor({ draft, onChange, onReview, changeCount, isDisabled }: {
  draft: ProfileDraft
  onChange: (draft: ProfileDraft) => void
  onReview: () => void
  changeCount: number
  isDisabled: boolean
}) {
  const { t } = useI18n()
  const setField = (field: ProfileField, value: string) => onChange({ ...draft, fields: { ...draft.fields, [field]: value } })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (changeCount > 0) onReview()
  }
  return (
    <form onSubmit={submit} style={{ display: 'grid', gap: 8 }} aria-label={t('correction.formLabel')}>
      <Field>
        <Field.Label>{fieldLabel(t, 'name')}</Field.Label>
        <Input value={draft.fields.name} disabled={isDisabled} onChange={(e) => setField('name', e.target.value)} />
      </Field>
      <Field>
        <Field.Label>{fieldLabel(t, 'phone')}</Field.Label>
        <Field.Hint>{t('correction.field.phoneHint')}</Field.Hint>
        <Input type="tel" value={draft.fields.phone} disabled={isDisabled} onChange={(e) => setField('phone', e.target.value)} />
      </Field>
      <Field>
        <Field.Label>{fieldLabel(t, 'details')}</Field.Label>
        <Textarea minRows={2} value={draft.fields.details} disabled={isDisabled} onChange={(e) => setField('details', e.target.value)} />
      </Field>
      <Field>
        <Field.Label>{fieldLabel(t, 'notes')}</Field.Label>
        <Textarea minRows={2} value={draft.fields.notes} disabled={isDisabled} onChange={(e) => setField('notes', e.target.value)} />
      </Field>
      {Object.entries(draft.userFields).map(([key, value]) => (
        <Field key={key}>
          <Field.Label>{fieldLabel(t, `user_fields.${key}`)}</Field.Label>
          <Input value={value} disabled={isDisabled} onChange={(e) => onChange({ ...draft, userFields: { ...draft.userFields, [key]: e.target.value } })} />
        </Field>
      ))}
      <div>
        <Button type="submit" size="small" isPrimary disabled={isDisabled || changeCount === 0}>
          {t('correction.review.open', { count: changeCount })}
        </Button>
      </div>
      {changeCount === 0 && <SM>{t('correction.noChanges')}</SM>}
    </form>
  )
}

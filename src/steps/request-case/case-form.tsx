import { useState, type FormEvent } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { Checkbox, Field, Fieldset, Input, Select } from '@zendeskgarden/react-forms'
import { isIsoDate, localIsoDate } from '../../core/case/calendar-date'
import { canExtend } from '../../core/case/deadlines'
import { JURISDICTIONS, isJurisdiction, JURISDICTION_RULES } from '../../core/case/jurisdictions'
import {
  EXTENSION_REASONS,
  REQUEST_TYPES,
  VERIFICATION_METHODS,
  isExtensionReason,
  isVerificationMethod,
  type CasePatch,
  type RequestCase,
} from '../../core/case/request-case'
import { useI18n } from '../../i18n/i18n-context'

/** Edits the request: types, received date, law, identity verification, receipt confirmation, extension. */
export function CaseForm({ initial, isSaving, onSave, onCancel }: {
  initial: RequestCase
  isSaving: boolean
  onSave: (patch: CasePatch) => void
  onCancel: () => void
}) {
  const { t } = useI18n()
  const [draft, setDraft] = useState<RequestCase>(initial)
  const [dateError, setDateError] = useState(false)
  const today = localIsoDate(new Date())
  const update = (patch: Partial<RequestCase>) => setDraft((current) => ({ ...current, ...patch }))
  const extensible = draft.jurisdiction !== null && canExtend(draft.jurisdiction)
  const asksAcknowledgement = draft.jurisdiction !== null && JURISDICTION_RULES[draft.jurisdiction].acknowledgementBusinessDays !== null

  function submit(event: FormEvent) {
    event.preventDefault()
    if (draft.receivedOn !== null && !isIsoDate(draft.receivedOn)) return setDateError(true)
    onSave({
      requestTypes: draft.requestTypes,
      receivedOn: draft.receivedOn,
      jurisdiction: draft.jurisdiction,
      verification: draft.verification,
      acknowledgedOn: asksAcknowledgement ? draft.acknowledgedOn : null,
      extension: extensible ? draft.extension : null,
    })
  }

  return (
    <form onSubmit={submit} style={{ display: 'grid', gap: 12 }} aria-label={t('case.formLabel')}>
      <Fieldset>
        <Fieldset.Legend>{t('case.field.types')}</Fieldset.Legend>
        <Field.Hint>{t('case.field.typesHint')}</Field.Hint>
        {REQUEST_TYPES.map((type) => (
          <Field key={type}>
            <Checkbox
              checked={draft.requestTypes.includes(type)}
              onChange={(event) =>
                update({ requestTypes: event.target.checked ? [...draft.requestTypes, type] : draft.requestTypes.filter((t2) => t2 !== type) })
              }
            >
              <Field.Label isRegular>{t(`checklist.obligation.${type}.title`)}</Field.Label>
            </Checkbox>
          </Field>
        ))}
      </Fieldset>
      <Field>
        <Field.Label>{t('case.field.received')}</Field.Label>
        <Input
          type="date"
          value={draft.receivedOn ?? ''}
          max={today}
          validation={dateError ? 'error' : undefined}
          onChange={(event) => {
            setDateError(false)
            update({ receivedOn: event.target.value === '' ? null : event.target.value })
          }}
        />
        {dateError && <Field.Message validation="error">{t('case.field.receivedInvalid')}</Field.Message>}
      </Field>
      <Field>
        <Field.Label>{t('case.field.jurisdiction')}</Field.Label>
        <Select
          value={draft.jurisdiction ?? ''}
          onChange={(event) => update({ jurisdiction: isJurisdiction(event.target.value) ? event.target.value : null })}
        >
          <option value="">{t('case.field.jurisdictionChoose')}</option>
          {JURISDICTIONS.map((j) => (
            <option key={j} value={j}>
              {t(`case.jurisdiction.${j}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field>
        <Field.Label>{t('case.field.verification')}</Field.Label>
        <Select
          value={draft.verification ?? ''}
          onChange={(event) => update({ verification: isVerificationMethod(event.target.value) ? event.target.value : null })}
        >
          <option value="">{t('case.verification.none')}</option>
          {VERIFICATION_METHODS.map((method) => (
            <option key={method} value={method}>
              {t(`case.verification.${method}`)}
            </option>
          ))}
        </Select>
      </Field>
      {asksAcknowledgement && (
        <Field>
          <Checkbox
            checked={draft.acknowledgedOn !== null}
            onChange={(event) => update({ acknowledgedOn: event.target.checked ? (initial.acknowledgedOn ?? today) : null })}
          >
            <Field.Label isRegular>{t('case.field.acknowledged')}</Field.Label>
          </Checkbox>
        </Field>
      )}
      {draft.jurisdiction !== null && !extensible && <Field.Hint>{t('case.noExtension')}</Field.Hint>}
      {extensible && draft.jurisdiction && (
        <Fieldset>
          <Fieldset.Legend>{t('case.field.extension')}</Fieldset.Legend>
          <Field>
            <Checkbox
              checked={draft.extension !== null}
              onChange={(event) => update({ extension: event.target.checked ? (initial.extension ?? { reason: 'complexity', decidedOn: today }) : null })}
            >
              <Field.Label isRegular>{t('case.field.extend')}</Field.Label>
              <Field.Hint>{t(`case.field.extendHint.${draft.jurisdiction}`)}</Field.Hint>
            </Checkbox>
          </Field>
          {draft.extension && (
            <Field>
              <Field.Label>{t('case.field.extensionReason')}</Field.Label>
              <Select
                value={draft.extension.reason}
                onChange={(event) => {
                  const reason = event.target.value
                  if (isExtensionReason(reason) && draft.extension) update({ extension: { ...draft.extension, reason } })
                }}
              >
                {EXTENSION_REASONS.map((reason) => (
                  <option key={reason} value={reason}>
                    {t(`case.extensionReason.${reason}`)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </Fieldset>
      )}
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button type="submit" isPrimary size="small" disabled={isSaving}>
          {isSaving ? t('case.saving') : t('case.save')}
        </Button>
        <Button type="button" size="small" isBasic onClick={onCancel} disabled={isSaving}>
          {t('case.cancel')}
        </Button>
      </div>
    </form>
  )
}

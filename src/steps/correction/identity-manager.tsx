import { useEffect, useRef, useState, type FormEvent } from 'react'
import styled from 'styled-components'
import { Button } from '@zendeskgarden/react-buttons'
import { Field, Input, Select } from '@zendeskgarden/react-forms'
import { Well } from '@zendeskgarden/react-notifications'
import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import { getColor } from '@zendeskgarden/react-theming'
import { useI18n } from '../../i18n/i18n-context'
import type { IdentityKind } from '../../zendesk/endpoints/identity-updates'
import type { ZendeskIdentity } from '../../zendesk/schemas/user-schemas'

export type IdentityAction =
  | { kind: 'add'; type: IdentityKind; value: string }
  | { kind: 'primary'; identity: ZendeskIdentity }
  | { kind: 'delete'; identity: ZendeskIdentity }

const Row = styled.li`
  display: grid;
  grid-template-columns: 1fr auto;
  gap: 4px 8px;
  align-items: center;
  padding: 6px 0;
  border-bottom: 1px solid ${({ theme }) => getColor({ theme, variable: 'border.subtle' })};
`

const EDITABLE_TYPES: readonly string[] = ['email', 'phone_number']

function typeLabelKey(type: string): string {
  return EDITABLE_TYPES.includes(type) ? `correction.identity.type.${type}` : 'correction.identity.type.other'
}

/**
 * The user's emails and phone numbers: add one, make one primary, delete one. Each action waits for an
 * explicit confirmation that says what will happen.
 */
export function IdentityManager({ identities, isBusy, onAction }: { identities: ZendeskIdentity[]; isBusy: boolean; onAction: (action: IdentityAction) => Promise<boolean> }) {
  const { t } = useI18n()
  const [pending, setPending] = useState<IdentityAction | null>(null)
  const [newType, setNewType] = useState<IdentityKind>('email')
  const [newValue, setNewValue] = useState('')
  const confirmRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (pending) confirmRef.current?.focus()
  }, [pending])

  const describe = (action: IdentityAction) => {
    if (action.kind === 'add') return t('correction.identity.confirmAdd', { value: action.value, type: t(typeLabelKey(action.type)) })
    const vars = { value: action.identity.value, type: t(typeLabelKey(action.identity.type)) }
    return action.kind === 'primary' ? t('correction.identity.confirmPrimary', vars) : t(action.identity.type === 'phone_number' ? 'correction.identity.confirmDeletePhone' : 'correction.identity.confirmDelete', vars)
  }

  async function confirm() {
    if (!pending) return
    const ok = await onAction(pending)
    if (ok) {
      if (pending.kind === 'add') setNewValue('')
      setPending(null)
    }
  }

  const submitAdd = (event: FormEvent) => {
    event.preventDefault()
    if (newValue.trim() !== '') setPending({ kind: 'add', type: newType, value: newValue.trim() })
  }

  return (
    <section aria-labelledby="correction-identities" style={{ display: 'grid', gap: 8 }}>
      <SM isBold tag="h3" id="correction-identities" style={{ margin: 0 }}>
        {t('correction.identity.title')}
      </SM>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="correction-identities">
        {identities.map((identity) => (
          <Row key={identity.id} data-identity-id={identity.id}>
            <div style={{ minWidth: 0 }}>
              <SM style={{ overflowWrap: 'anywhere' }}>{identity.value}</SM>
              <div style={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
                <Tag size="small">{t(typeLabelKey(identity.type))}</Tag>
                {identity.primary && (
                  <Tag size="small" hue="blue">
                    {t('correction.identity.primary')}
                  </Tag>
                )}
              </div>
            </div>
            <div style={{ display: 'flex', gap: 4, flexWrap: 'wrap', justifyContent: 'end' }}>
              {!identity.primary && EDITABLE_TYPES.includes(identity.type) && (
                <Button size="small" isBasic disabled={isBusy || pending !== null} onClick={() => setPending({ kind: 'primary', identity })} aria-label={t('correction.identity.makePrimaryLabel', { value: identity.value })}>
                  {t('correction.identity.makePrimary')}
                </Button>
              )}
              <Button size="small" isBasic isDanger disabled={isBusy || pending !== null} onClick={() => setPending({ kind: 'delete', identity })} aria-label={t('correction.identity.deleteLabel', { value: identity.value })}>
                {t('correction.identity.delete')}
              </Button>
            </div>
          </Row>
        ))}
      </ul>
      <form onSubmit={submitAdd} style={{ display: 'grid', gap: 6 }} aria-label={t('correction.identity.addLabel')}>
        <Field>
          <Field.Label>{t('correction.identity.addType')}</Field.Label>
          <Select value={newType} disabled={isBusy || pending !== null} onChange={(e) => setNewType(e.target.value === 'phone_number' ? 'phone_number' : 'email')}>
            <option value="email">{t('correction.identity.type.email')}</option>
            <option value="phone_number">{t('correction.identity.type.phone_number')}</option>
          </Select>
        </Field>
        <Field>
          <Field.Label>{t('correction.identity.addValue')}</Field.Label>
          <Input type={newType === 'email' ? 'email' : 'tel'} value={newValue} disabled={isBusy || pending !== null} onChange={(e) => setNewValue(e.target.value)} />
        </Field>
        <div>
          <Button type="submit" size="small" disabled={isBusy || pending !== null || newValue.trim() === ''}>
            {t('correction.identity.add')}
          </Button>
        </div>
      </form>
      {pending && (
        <Well role="alertdialog" aria-labelledby="identity-confirm-text" isRecessed>
          <SM id="identity-confirm-text">{describe(pending)}</SM>
          <div style={{ display: 'flex', gap: 8, marginTop: 8, flexWrap: 'wrap' }}>
            <Button ref={confirmRef} size="small" isPrimary isDanger={pending.kind === 'delete'} disabled={isBusy} onClick={() => void confirm()}>
              {isBusy ? t('correction.saving') : t(`correction.identity.confirm.${pending.kind}`)}
            </Button>
            <Button size="small" isBasic disabled={isBusy} onClick={() => setPending(null)}>
              {t('correction.identity.cancel')}
            </Button>
          </div>
        </Well>
      )}
    </section>
  )
}

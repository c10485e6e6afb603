import { useState, type FormEvent } from 'react'
import styled from 'styled-components'
import { Button } from '@zendeskgarden/react-buttons'
import { Checkbox, Field, Input, Select } from '@zendeskgarden/react-forms'
import { MD, SM } from '@zendeskgarden/react-typography'
import { SEARCH_TERM_KINDS, type SearchTermKind } from '../../core/inventory/inventory-types'
import { termKey } from '../../core/inventory/term-key'
import { useI18n } from '../../i18n/i18n-context'
import { useInventory } from '../../react/inventory-context'

const List = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
`

const Item = styled.li`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  padding: 2px 0;
`

const AddForm = styled.form`
  display: grid;
  grid-template-columns: minmax(0, 1fr) minmax(0, 2fr) auto;
  gap: 6px;
  align-items: end;
  margin-top: 6px;
`

/** The terms the scan looks for: switch one off when it over-matches, remove it, or add one found along the way. */
export function TermsEditor({ isDisabled }: { isDisabled: boolean }) {
  const { t } = useI18n()
  const { terms, addTerm, removeTerm, toggleTerm } = useInventory()
  const [kind, setKind] = useState<SearchTermKind>('custom')
  const [value, setValue] = useState('')

  function onAdd(event: FormEvent) {
    event.preventDefault()
    if (!value.trim()) return
    addTerm(kind, value)
    setValue('')
  }

  return (
    <section aria-labelledby="inventory-terms-title">
      <MD isBold id="inventory-terms-title" tag="h3" style={{ margin: '8px 0 2px' }}>
        {t('inventory.terms.title')}
      </MD>
      <SM>{t('inventory.terms.intro')}</SM>
      <List>
        {terms.map((term) => {
          const key = termKey(term)
          return (
            <Item key={key}>
              <Field>
                <Checkbox checked={term.enabled} disabled={isDisabled} onChange={(e) => toggleTerm(key, e.target.checked)}>
                  <Field.Label isRegular>
                    <span style={{ overflowWrap: 'anywhere' }}>
                      <bdi>{term.value}</bdi> <SM tag="span">({t(`inventory.termKind.${term.kind}`)})</SM>
                    </span>
                  </Field.Label>
                </Checkbox>
              </Field>
              <Button size="small" isBasic disabled={isDisabled} onClick={() => removeTerm(key)} aria-label={t('inventory.terms.removeLabel', { term: term.value })}>
                {t('inventory.terms.remove')}
              </Button>
            </Item>
          )
        })}
      </List>
      <AddForm onSubmit={onAdd} aria-label={t('inventory.terms.addTitle')}>
        <Field>
          <Field.Label>{t('inventory.terms.kind')}</Field.Label>
          <Select value={kind} onChange={(e) => setKind(e.target.value as SearchTermKind)} disabled={isDisabled}>
            {SEARCH_TERM_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`inventory.termKind.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field>
          <Field.Label>{t('inventory.terms.value')}</Field.Label>
          <Input value={value} onChange={(e) => setValue(e.target.value)} disabled={isDisabled} />
        </Field>
        <Button size="small" type="submit" disabled={isDisabled || !value.trim()}>
          {t('inventory.terms.add')}
        </Button>
      </AddForm>
    </section>
  )
}

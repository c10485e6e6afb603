// @vitest-environment node
import { expect, test } from 'vitest'
import { buildSearchTerms, isSpecificEnough } from '../../../src/core/inventory/search-terms'
import { addTerm, applyTermEdits, NO_TERM_EDITS, removeTerm, toggleTerm } from '../../../src/core/inventory/term-edits'
import { normalizeTermValue, termKey } from '../../../src/core/inventory/term-key'
import { toSubjectIdentifiers } from '../../../src/core/inventory/subject-identifiers'

const profile = {
  id: 7,
  name: 'Léa Martin',
  email: 'lea.martin@example.com',
  phone: '+33612345678',
  alias: 'Léa',
  external_id: 'CUST-0042',
}
const identities = [
  { id: 1, type: 'email', value: 'Lea.Martin@Example.com' },
  { id: 2, type: 'email', value: 'lea@perso.example.org' },
  { id: 3, type: 'phone_number', value: '+33 6 12 34 56 78' },
  { id: 4, type: 'twitter', value: 'lea_m' },
  { id: 5, type: 'facebook', value: '100004567' },
  { id: 6, type: 'google', value: 'lea.m@gmail.example' },
]

test('builds one term per identifier, identities first, de-duplicated by normalised value', () => {
  expect(buildSearchTerms(profile, identities)).toEqual([
    { kind: 'email', value: 'Lea.Martin@Example.com', source: 'identity', enabled: true },
    { kind: 'email', value: 'lea@perso.example.org', source: 'identity', enabled: true },
    { kind: 'phone', value: '+33 6 12 34 56 78', source: 'identity', enabled: true },
    { kind: 'handle', value: '@lea_m', source: 'identity', enabled: true },
    { kind: 'email', value: 'lea.m@gmail.example', source: 'identity', enabled: true },
    { kind: 'name', value: 'Léa Martin', source: 'profile', enabled: true },
    { kind: 'alias', value: 'Léa', source: 'profile', enabled: false },
    { kind: 'external_id', value: 'CUST-0042', source: 'profile', enabled: true },
  ])
})

test('a profile with no identities still yields its own fields', () => {
  expect(buildSearchTerms({ id: 1, name: 'Ana Souza', email: null, phone: null }, []).map((t) => t.value)).toEqual(['Ana Souza'])
})

test.each([
  ['name', 'Léa', false],
  ['name', 'Léa Martin', true],
  ['alias', 'Jo Li', true],
  ['external_id', '42', false],
  ['external_id', 'CUST-0042', true],
  ['phone', '12 34', false],
  ['custom', '12 rue des Lilas', true],
  ['email', 'a@b.co', true],
] as const)('isSpecificEnough(%s, %s) is %s', (kind, value, expected) => {
  expect(isSpecificEnough(kind, value)).toBe(expected)
})

test.each([
  ['email', ' Jane@Example.COM ', 'jane@example.com'],
  ['phone', '+33 (6) 12-34-56-78', '+33612345678'],
  ['phone', '0033 6 12 34 56 78', '+33612345678'],
  ['handle', '@@Lea_M', 'lea_m'],
  ['name', '  LÉA   Martin ', 'lea martin'],
] as const)('normalizeTermValue(%s, %j) = %s', (kind, value, expected) => {
  expect(normalizeTermValue(kind, value)).toBe(expected)
})

test('agent edits add, remove and toggle terms and survive a rebuilt profile', () => {
  const base = buildSearchTerms(profile, [])
  let edits = addTerm(NO_TERM_EDITS, 'custom', ' 12 rue des Lilas ')
  edits = removeTerm(edits, termKey({ kind: 'external_id', value: 'CUST-0042' }))
  edits = toggleTerm(edits, termKey({ kind: 'alias', value: 'Léa' }), true)
  const terms = applyTermEdits(base, edits)
  expect(terms.map((t) => [t.kind, t.value, t.enabled])).toEqual([
    ['email', 'lea.martin@example.com', true],
    ['phone', '+33612345678', true],
    ['name', 'Léa Martin', true],
    ['alias', 'Léa', true],
    ['custom', '12 rue des Lilas', true],
  ])
  expect(applyTermEdits(buildSearchTerms({ ...profile, email: 'new@example.com' }, []), edits).map((t) => t.value)).toContain('12 rue des Lilas')
})

test('adding a term the agent had removed brings it back', () => {
  const key = termKey({ kind: 'email', value: 'lea.martin@example.com' })
  const edits = addTerm(removeTerm(NO_TERM_EDITS, key), 'email', 'LEA.MARTIN@example.com')
  expect(edits.removed).toEqual([])
  expect(applyTermEdits(buildSearchTerms(profile, []), edits).filter((t) => t.kind === 'email')).toHaveLength(1)
})

test('empty additions are ignored', () => {
  expect(addTerm(NO_TERM_EDITS, 'custom', '   ')).toBe(NO_TERM_EDITS)
})

test('subject identifiers come from enabled terms only', () => {
  expect(toSubjectIdentifiers(buildSearchTerms(profile, identities))).toEqual({
    names: ['Léa Martin'],
    emails: ['Lea.Martin@Example.com', 'lea@perso.example.org', 'lea.m@gmail.example'],
    phones: ['+33 6 12 34 56 78'],
    handles: ['@lea_m'],
    externalIds: ['CUST-0042'],
    terms: [],
  })
})

test('identifier-like custom user fields become external_id terms; dates and tiers do not', () => {
  const terms = buildSearchTerms({ id: 1, name: null, user_fields: { loyalty_number: 'LOY-77-0042', customer_tier: 'gold', date_of_birth: '1988-04-12', member_id: 42, account_code: 'AC-9' } }, [])
  expect(terms.map((t) => [t.kind, t.value, t.enabled])).toEqual([
    ['external_id', 'LOY-77-0042', true],
    ['external_id', 'AC-9', true],
  ])
})

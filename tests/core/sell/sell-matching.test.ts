// @vitest-environment node
import { matchKinds, matchSellRecords } from '../../../src/core/sell/match-sell-records'
import { samePhone, sellLookupTerms, significantDigits } from '../../../src/core/sell/sell-lookup-terms'
import { isSellEnabled } from '../../../src/core/sell/sell-settings'
import { relatedKindsFor, sellRecordName } from '../../../src/core/sell/sell-types'
import { terms } from './sell-fixture'

test('lookup terms: every email once, lower-cased; every phone once, whatever its punctuation', () => {
  const result = sellLookupTerms({
    user: { email: 'Maria@Example.com', phone: '+351 912 345 678' },
    identities: [
      { type: 'email', value: 'maria@example.com' },
      { type: 'email', value: 'maria.silva@work.example' },
      { type: 'phone_number', value: '+351912345678' },
      { type: 'twitter', value: 'maria' },
    ],
  })
  expect(result).toEqual({ emails: ['maria@example.com', 'maria.silva@work.example'], phones: ['+351 912 345 678'] })
  expect(sellLookupTerms({ user: { email: null, phone: '  ' }, identities: [] })).toEqual({ emails: [], phones: [] })
})

test.each([
  ['+33612345678', '+33 6 12 34 56 78', true],
  ['+33612345678', '06 12 34 56 78', true],
  ['+33612345678', '0033 6 12 34 56 78', true],
  ['+33612345678', '+33 6 12 34 56 79', false],
  ['+33612345678', '5678', false],
  // A different country code in front of the same national digits is not the same line.
  ['+33612345678', '+4433612345678', false],
])('samePhone(%s, %s) is %s', (a, b, expected) => {
  expect(samePhone(a, b)).toBe(expected)
  expect(samePhone(b, a)).toBe(expected)
})

test('significant digits drop punctuation and trunk or international zeros', () => {
  expect(significantDigits('+33 (0)6 12')).toBe('330612')
  expect(significantDigits('0033 6 12')).toBe('33612')
})

test('a record matches by email (any case), by phone or mobile, or not at all', () => {
  expect(matchKinds({ id: 1, email: 'MARIA@example.com' }, terms)).toEqual(['email'])
  expect(matchKinds({ id: 1, email: 'maria@example.com', phone: '+351 912 345 678' }, terms)).toEqual(['email', 'phone'])
  expect(matchKinds({ id: 1, mobile: '912345678' }, terms)).toEqual(['phone'])
  // A substring or a near miss is not the subject.
  expect(matchKinds({ id: 1, email: 'anna.maria@example.com', phone: '+351 912 345 679' }, terms)).toEqual([])
})

test('lookup results are confirmed, merged and ordered: contacts first, then by id', () => {
  const matches = matchSellRecords(
    [
      { kind: 'lead', record: { id: 9, email: 'maria.silva@work.example' } },
      { kind: 'contact', record: { id: 7, email: 'maria@example.com', phone: '+351912345678' } },
      // The same contact again, from the phone lookup.
      { kind: 'contact', record: { id: 7, email: 'maria@example.com', phone: '+351912345678' } },
      // Someone else the API returned (a loose filter): dropped.
      { kind: 'contact', record: { id: 8, email: 'someone@example.com', phone: '+351911111111' } },
      { kind: 'lead', record: { id: 3, mobile: '912 345 678' } },
    ],
    terms,
  )
  expect(matches.map((m) => [m.kind, m.id, m.matchedBy])).toEqual([
    ['contact', 7, ['email', 'phone']],
    ['lead', 3, ['phone']],
    ['lead', 9, ['email']],
  ])
})

test('record names, related kinds and the setting', () => {
  expect(sellRecordName({ id: 1, name: 'Maria Silva' })).toBe('Maria Silva')
  expect(sellRecordName({ id: 1, first_name: 'Maria', last_name: null })).toBe('Maria')
  expect(sellRecordName({ id: 1, organization_name: 'Atelier' })).toBe('Atelier')
  expect(sellRecordName({ id: 5 })).toBe('#5')
  expect(relatedKindsFor('contact')).toContain('deals')
  expect(relatedKindsFor('lead')).not.toContain('deals')
  expect(isSellEnabled({ sell_enabled: true })).toBe(true)
  expect(isSellEnabled({ sell_enabled: 'true' })).toBe(true)
  expect(isSellEnabled({ sell_enabled: false })).toBe(false)
  expect(isSellEnabled({})).toBe(false)
})

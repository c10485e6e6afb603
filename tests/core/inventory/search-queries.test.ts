// @vitest-environment node
import { expect, test } from 'vitest'
import { buildSearchQueries, quoteTerm, toExportQuery } from '../../../src/core/inventory/search-queries'
import { phoneSearchVariants } from '../../../src/core/inventory/phone-search-variants'
import type { SearchTerm } from '../../../src/core/inventory/inventory-types'

const t = (kind: SearchTerm['kind'], value: string, enabled = true): SearchTerm => ({ kind, value, source: 'profile', enabled })

test.each([
  ['jane@example.com', '"jane@example.com"'],
  ['say "hi" \\ bye', '"say hi bye"'],
  ['  spaced   out ', '"spaced out"'],
])('quoteTerm(%j) = %s', (value, expected) => {
  expect(quoteTerm(value)).toBe(expected)
})

test.each([
  ['+33612345678', ['33612345678', '0033612345678', '0612345678', '33 6 12 34 56 78', '06 12 34 56 78']],
  ['+12125551212', ['12125551212', '0012125551212', '2125551212', '1 212 555 1212', '212 555 1212']],
  ['+5511987654321', ['5511987654321', '005511987654321', '11987654321', '55 11 98765 4321', '11 98765 4321']],
  ['12-34', ['1234']],
])('phoneSearchVariants(%s)', (value, expected) => {
  expect(phoneSearchVariants(value)).toEqual(expected)
})

test('one role search plus one exact-phrase search per written form of each enabled term', () => {
  const queries = buildSearchQueries(7, [t('email', 'lea@example.com'), t('phone', '+33612345678'), t('name', 'Léa', false), t('handle', '@lea_m'), t('email', 'LEA@example.com')], { archivedBefore: '2025-02-01' })
  expect(queries.map((q) => q.query)).toEqual([
    'type:ticket commenter:7 -requester:7',
    'type:ticket requester:7 status:closed updated<2025-02-01',
    'type:ticket "lea@example.com" -requester:7',
    'type:ticket "33612345678" -requester:7',
    'type:ticket "0033612345678" -requester:7',
    'type:ticket "0612345678" -requester:7',
    'type:ticket "33 6 12 34 56 78" -requester:7',
    'type:ticket "06 12 34 56 78" -requester:7',
    'type:ticket "lea_m" -requester:7',
  ])
  expect(queries[0]).toMatchObject({ id: 'role:commenter', role: 'commenter' })
  expect(queries[1]).toMatchObject({ id: 'role:archived-requester', role: 'requester' })
  expect(queries[2]).toMatchObject({ termKey: 'email:lea@example.com' })
  expect(new Set(queries.map((q) => q.id)).size).toBe(queries.length)
})

test('search export queries carry no type: keyword', () => {
  expect(toExportQuery('type:ticket "lea@example.com"')).toBe('"lea@example.com"')
  expect(toExportQuery('"x" type:ticket commenter:7')).toBe('"x" commenter:7')
})

test('without an archive cut-off there is no archived-requests search', () => {
  expect(buildSearchQueries(7, []).map((q) => q.id)).toEqual(['role:commenter'])
})

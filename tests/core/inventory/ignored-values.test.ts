// @vitest-environment node
import { expect, test } from 'vitest'
import { addIgnoredValue, applyIgnoredValues, createIgnoreMatcher, parseIgnoredValues, removeIgnoredValue, serializeIgnoredValues } from '../../../src/core/inventory/ignored-values'

test('parses one value per line, trimming, dropping blanks and equivalent duplicates', () => {
  expect(parseIgnoredValues(' support@acme.example \r\n\n+33 1 23 45 67 89\nSUPPORT@acme.example\n+33123456789\n')).toEqual(['support@acme.example', '+33 1 23 45 67 89'])
  expect(parseIgnoredValues(undefined)).toEqual([])
  expect(parseIgnoredValues(42)).toEqual([])
})

test('matches case-, accent- and separator-insensitively, and phones by E.164', () => {
  const ignored = createIgnoreMatcher(['support@acme.example', '+33 1 23 45 67 89', 'Société Générale'])
  expect(ignored('Support@ACME.example')).toBe(true)
  expect(ignored('01.23.45.67.89')).toBe(true)
  expect(ignored('+33123456789')).toBe(true)
  expect(ignored('societe generale')).toBe(true)
  expect(ignored('01 23 45 67 80')).toBe(false)
  expect(ignored('lea@acme.example')).toBe(false)
  expect(createIgnoreMatcher([])('anything')).toBe(false)
})

test('applies to findings, adds and removes values', () => {
  const findings = [{ value: 'support@acme.example', id: 'a' }, { value: 'lea@x.example', id: 'b' }]
  expect(applyIgnoredValues(findings, ['SUPPORT@acme.example'])).toEqual([{ value: 'lea@x.example', id: 'b' }])
  const list = addIgnoredValue(['a@b.example'], 'A@B.example')
  expect(list).toEqual(['a@b.example'])
  expect(addIgnoredValue(list, '+44 20 7946 0958')).toEqual(['a@b.example', '+44 20 7946 0958'])
  expect(removeIgnoredValue(['a@b.example', '+44 20 7946 0958'], '+442079460958')).toEqual(['a@b.example'])
  expect(serializeIgnoredValues(['a', ' ', 'b '])).toBe('a\nb')
})

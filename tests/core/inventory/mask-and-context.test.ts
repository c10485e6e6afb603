// @vitest-environment node
import { expect, test } from 'vitest'
import { maskValue } from '../../../src/core/inventory/mask-value'
import { contextWindow } from '../../../src/core/inventory/context-window'

test.each([
  ['EMAIL', 'lea.martin@example.com', 'l••••@e••••.com'],
  ['EMAIL', 'a@b.co', 'a•@b•.co'],
  ['PHONE', '06 12 34 56 78', '•• •• •• •• 78'],
  ['PHONE', '+33 (0)6.12.34.56.78', '+•• (•)•.••.••.••.78'],
  ['CREDIT_CARD', '4111 1111 1111 1111', '•••• •••• •••• 1111'],
  ['IBAN', 'FR76 3000 6000 0112 3456 7890 189', 'FR•• •••• •••• •••• •••• •••0 189'],
  ['PERSON_NAME', 'Léa Martin', 'L•• M••••'],
  ['PASSWORD', 'hunter2', '••••'],
  ['POSTAL_ADDRESS', '12 rue des Lilas', '1• r•• d•• L••••'],
  ['PERSON_NAME', '😀 Zoë', '😀 Z••'],
  ['URL', 'https://example.com/a', 'h••••://e••••.c••/•'],
] as const)('maskValue(%s, %j) = %j', (type, value, expected) => {
  expect(maskValue(type, value)).toBe(expected)
})

test('the masked value never contains more than 4 letters or digits of the original in a row', () => {
  for (const value of ['averyveryverylongname@averyverylongdomain.com', '1234567890123456']) {
    expect(maskValue('EMAIL', value)).not.toMatch(/[\p{L}\p{N}]{5}/u)
  }
})

test('context window cuts at word boundaries and reports clipping', () => {
  const text = 'Hello team, please call me back on 06 12 34 56 78 tonight after the meeting ends, thanks a lot'
  const start = text.indexOf('06')
  const end = start + '06 12 34 56 78'.length
  expect(contextWindow(text, start, end, [], 20)).toEqual({
    before: 'call me back on ',
    after: ' tonight after the',
    clippedBefore: true,
    clippedAfter: true,
  })
})

test('context window masks the other matches it shows and collapses line breaks', () => {
  const text = 'Mail: jo@example.com\n\nPhone: 06 12 34 56 78'
  const phone = { start: text.indexOf('06'), end: text.length, type: 'PHONE' as const, value: '06 12 34 56 78' }
  const email = { start: 6, end: 20, type: 'EMAIL' as const, value: 'jo@example.com' }
  expect(contextWindow(text, phone.start, phone.end, [email, phone])).toEqual({
    before: 'Mail: j•@e••••.com Phone: ',
    after: '',
    clippedBefore: false,
    clippedAfter: false,
  })
})

test('context window never splits an emoji', () => {
  const text = `${'😀'.repeat(30)}lea@example.com${'😀'.repeat(30)}`
  const start = text.indexOf('lea')
  const ctx = contextWindow(text, start, start + 15, [], 5)
  expect(ctx.before).toBe('😀😀😀')
  expect(ctx.after).toBe('😀😀')
})

test('context window keeps RTL text as written', () => {
  const text = 'مرحبا lea@example.com שלום'
  const ctx = contextWindow(text, 6, 21)
  expect(ctx).toEqual({ before: 'مرحبا ', after: ' שלום', clippedBefore: false, clippedAfter: false })
})

// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { detectPii, PII_TYPES, DEFAULT_MIN_CONFIDENCE } from '../../../src/core/pii/index'

const TICKET =
  'Hi, my card 4111 1111 1111 1111 was charged. Call me on +33 6 12 34 56 78 or mail jane@example.com. Order ORD-123456.'

describe('detectPii options', () => {
  test('PII_TYPES lists exactly the 20 contract types', () => {
    expect(PII_TYPES).toHaveLength(20)
    expect(new Set(PII_TYPES).size).toBe(20)
    expect(DEFAULT_MIN_CONFIDENCE).toBe(0.5)
  })

  test('default options enable every type', () => {
    expect(detectPii(TICKET).map((m) => m.type)).toEqual(['CREDIT_CARD', 'PHONE', 'EMAIL'])
  })

  test.each([
    [['EMAIL'], ['EMAIL']],
    [['PHONE', 'CREDIT_CARD'], ['CREDIT_CARD', 'PHONE']],
    [[], []],
  ] as const)('types %j restricts built-in recognizers', (types, expected) => {
    expect(detectPii(TICKET, { types }).map((m) => m.type)).toEqual(expected)
  })

  test.each([
    ['exact string', ['jane@example.com']],
    ['case-insensitive string', ['JANE@EXAMPLE.COM']],
    ['regexp', [/@example\.com$/]],
  ])('allow (%s) suppresses a value', (_name, allow) => {
    expect(detectPii(TICKET, { allow }).some((m) => m.type === 'EMAIL')).toBe(false)
  })

  test('allow compares phones whatever the separators', () => {
    expect(detectPii(TICKET, { allow: ['+33612345678'] }).some((m) => m.type === 'PHONE')).toBe(false)
  })

  test('an allowed value still shadows weaker overlapping matches', () => {
    const text = 'Write to support@example.com'
    expect(detectPii(text, { allow: ['support@example.com'] })).toEqual([])
  })

  test.each([
    [/ORD-\d{6}/, 'ORD-123456'],
    ['ORD-123456', 'ORD-123456'],
  ])('deny %s adds a custom pattern', (pattern, value) => {
    const m = detectPii(TICKET, { deny: [{ pattern, type: 'PERSON_NAME', confidence: 0.7 }] }).find((x) => x.rule === 'deny')
    expect(m).toMatchObject({ type: 'PERSON_NAME', value, confidence: 0.7 })
  })

  test('deny with a zero-length regex does not loop', () => {
    expect(detectPii('abc', { deny: [{ pattern: /x*/g, type: 'PASSWORD' }] })).toEqual([])
  })

  test('minConfidence trades recall for precision', () => {
    const text = 'value 078051121'
    expect(detectPii(text).some((m) => m.type === 'US_SSN')).toBe(false)
    expect(detectPii(text, { minConfidence: 0.3 }).some((m) => m.type === 'US_SSN')).toBe(true)
  })

  test('defaultPhoneRegion and locales pick the region for national numbers', () => {
    const text = 'phone 912 345 678'
    expect(detectPii(text, { locales: ['pt'] })[0]?.type).toBe('PHONE')
    expect(detectPii(text, { defaultPhoneRegion: 'ES' })[0]?.type).toBe('PHONE')
  })

  test('context words raise and lower confidence', () => {
    const plain = detectPii('ref 401 023 2137', { minConfidence: 0 }).find((m) => m.type === 'UK_NHS')
    const nhs = detectPii('NHS number 401 023 2137', { minConfidence: 0 }).find((m) => m.type === 'UK_NHS')
    expect(nhs?.confidence ?? 0).toBeGreaterThan(plain?.confidence ?? 1)
    // The order-labelled number is now scored below the default threshold, so it is read at 0.
    const order = detectPii('order no. 4111 1111 1111 1111', { minConfidence: 0 }).find((m) => m.type === 'CREDIT_CARD')
    const card = detectPii('card 4111 1111 1111 1111').find((m) => m.type === 'CREDIT_CARD')
    expect(card?.confidence ?? 0).toBeGreaterThan(order?.confidence ?? 1)
    expect(detectPii('order no. 4111 1111 1111 1111').some((m) => m.type === 'CREDIT_CARD')).toBe(false)
    expect(detectPii('order no. 4111 1111 1111 1111, paid by card').some((m) => m.type === 'CREDIT_CARD')).toBe(true)
  })

  test('overlaps resolve by confidence then length, output sorted and disjoint', () => {
    const text = 'Email jean.dupont@example.fr, IP 10.0.0.1, NIR 1 84 12 76 451 089 46, site example.fr'
    const matches = detectPii(text, { minConfidence: 0 })
    for (let i = 1; i < matches.length; i++) expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end)
    expect(matches.find((m) => m.value.includes('@'))?.type).toBe('EMAIL')
  })

  test('empty and non-string input', () => {
    expect(detectPii('')).toEqual([])
    expect(detectPii(undefined as unknown as string)).toEqual([])
  })

  test('offsets are UTF-16 and survive astral characters', () => {
    const text = '😀😀 mail: zoë@example.com 🎉'
    const [m] = detectPii(text)
    expect(m?.value).toBe('zoë@example.com')
    expect(text.slice(m!.start, m!.end)).toBe(m!.value)
  })
})

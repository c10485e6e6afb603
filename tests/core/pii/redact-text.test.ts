// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { detectPii, redactText } from '../../../src/core/pii/index'

describe('redactText', () => {
  test.each([
    ['call 06 12 34 56 78 now', [{ start: 5, end: 19 }], 'call ▇▇▇▇▇▇▇▇▇▇▇▇▇▇ now'],
    ['abc', [], 'abc'],
    ['abcdef', [{ start: 4, end: 6 }, { start: 0, end: 2 }], '▇▇cd▇▇'],
    ['abcdef', [{ start: 1, end: 4 }, { start: 2, end: 5 }], 'a▇▇▇▇f'],
    ['abc', [{ start: -5, end: 99 }], '▇▇▇'],
    ['abc', [{ start: 2, end: 1 }], 'abc'],
  ])('%j with %j', (text, ranges, expected) => expect(redactText(text, ranges)).toBe(expected))

  test.each([
    ['surrogate pair', 'x😀y', 3],
    ['combining accent', 'Jose\u0301', 4],
    ['emoji with skin tone', '👍🏽', 1],
    ['ZWJ family', '👨‍👩‍👧', 1],
    ['flag', '🇫🇷', 1],
    ['variation selector', '❤️', 1],
  ])('one ▇ per perceived character: %s', (_name, text, count) => {
    expect(redactText(text, [{ start: 0, end: text.length }])).toBe('▇'.repeat(count))
  })

  test.each([
    [2, 4, 'a▇▇'],
    [0, 2, '▇▇b'],
    [1, 2, 'a▇b'],
  ])('never splits a surrogate pair at a range edge [%i, %i)', (start, end, expected) => {
    expect(redactText('a😀b', [{ start, end }])).toBe(expected)
  })

  test('works with detectPii output', () => {
    const text = 'Mail jane@example.com, card 4111 1111 1111 1111.'
    expect(redactText(text, detectPii(text))).toBe(`Mail ${'▇'.repeat(16)}, card ${'▇'.repeat(19)}.`)
  })
})

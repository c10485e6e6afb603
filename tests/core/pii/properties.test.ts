// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { detectPii, redactText, toRedactedHtml, type PiiMatch } from '../../../src/core/pii/index'

// Fragments that exercise every recognizer, glued with random text so boundaries vary.
const FRAGMENTS = [
  'jane@example.com', '+33 6 12 34 56 78', '(415) 555-0132', '4111 1111 1111 1111', 'FR14 2004 1010 0505 0001 3M02 606',
  '192.168.0.1', '2001:db8::1', 'https://example.com/a?b=1', '078-05-1123', 'AB 12 34 56 C', '401 023 2137',
  '1 84 12 76 451 089 46', '12345678Z', 'X1234567L', '123456789', '123.456.789-09', 'RSSMRA85T10A562S',
  '16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'né le 12/03/1985',
  'password: Xk829qP!', '12 rue de la Paix, 75002 Paris', 'my name is Jean Dupont', '\nRegards,\nAmelia Ashdown',
  '@', '.', '-', ':', '::', '/', '(', ')', '+', '\n', ' ', '😀', 'é', '\u00a0', '<b>', '&amp;',
]

const textArb = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }), fc.stringMatching(/^[0-9 .\-/()+]{1,20}$/)), { maxLength: 25 })
  .map((parts) => parts.join(''))

function wellFormed(text: string, matches: readonly PiiMatch[]): void {
  let last = 0
  for (const m of matches) {
    expect(m.start).toBeGreaterThanOrEqual(last)
    expect(m.end).toBeGreaterThan(m.start)
    expect(m.end).toBeLessThanOrEqual(text.length)
    expect(m.value).toBe(text.slice(m.start, m.end))
    expect(m.confidence).toBeGreaterThanOrEqual(0)
    expect(m.confidence).toBeLessThanOrEqual(1)
    last = m.end
  }
}

describe('properties', () => {
  test('detectPii never throws; matches are valid, sorted, disjoint and equal to their slice', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        wellFormed(text, detectPii(text))
        wellFormed(text, detectPii(text, { minConfidence: 0 }))
      }),
      { numRuns: 400 },
    )
  })

  test('subject, allow and deny options keep the invariants', () => {
    fc.assert(
      fc.property(textArb, fc.string({ maxLength: 8 }), (text, word) => {
        const matches = detectPii(text, {
          subject: { names: ['Jean Dupont', word], emails: ['jane@example.com'], phones: ['+33612345678'], handles: [word], externalIds: [word], terms: [word] },
          allow: [word, /xyz/],
          deny: [{ pattern: word, type: 'PASSWORD' }],
        })
        wellFormed(text, matches)
      }),
      { numRuns: 200 },
    )
  })

  test('redactText keeps everything outside the matches', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const matches = detectPii(text)
        const redacted = redactText(text, matches)
        if (matches.length === 0) expect(redacted).toBe(text)
        else expect(redacted.startsWith(text.slice(0, matches[0]!.start))).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  test('toRedactedHtml only ever inserts redact markup', () => {
    fc.assert(
      fc.property(textArb, fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 3 }), (html, values) => {
        const out = toRedactedHtml(html, values)
        expect(out.replace(/<\/?redact>/g, '').replace(/ redact(?=\/?>)|redact (?=\/>)/g, '')).toBe(html)
      }),
      { numRuns: 300 },
    )
  })
})

describe('adversarial inputs finish quickly (linear time)', () => {
  const MB = 1024 * 1024
  test.each([
    ['digits and dashes', '12-3-4567-'.repeat(MB / 10)],
    ['random digits and separators', Array.from({ length: MB }, (_, i) => '0123456789 -./()+'[(i * 7919) % 17]).join('')],
    ['@', '@'.repeat(MB)],
    ['dots', '.'.repeat(MB)],
    ['digits', '7'.repeat(MB)],
    ['colons and hex', 'a:'.repeat(MB / 2)],
    ['label dots', 'a.'.repeat(MB / 2)],
    ['emails glued', 'a@b.'.repeat(MB / 4)],
    ['tld chain', '.com'.repeat(MB / 4)],
    ['capitalised words', 'Regards,\nAb '.repeat(MB / 12)],
    ['html-ish', '<b>&amp;'.repeat(MB / 8)],
    ['one-line sign-offs', 'Thanks, Ab '.repeat(MB / 11)],
    ['name cues', 'I spoke to my colleague Ab Cd '.repeat(MB / 30)],
    ['blank runs after cues', ('my name is' + ' '.repeat(4096)).repeat(MB / 4106)],
    ['mailboxes in brackets', 'Ab Cd <a@b.co> '.repeat(MB / 15)],
    ['order labels before cards', 'order no. 4111 1111 1111 1111 '.repeat(MB / 30)],
  ])('1 MB of %s', (_name, text) => {
    const t0 = performance.now()
    detectPii(text)
    expect(performance.now() - t0).toBeLessThan(1500)
  })

  test('1 MB html for toRedactedHtml', () => {
    const html = '<p>a<b>b</b>&nbsp;c</p>'.repeat(MB / 24)
    const t0 = performance.now()
    toRedactedHtml(html, ['b c', 'zz'])
    expect(performance.now() - t0).toBeLessThan(1500)
  })
})

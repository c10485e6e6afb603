// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { compileLexicon, expand } from '../../../src/core/pii/text/lexicon'
import { MIN_NUMERIC_RUN, prescan } from '../../../src/core/pii/text/prescan'

// The shared pre-scan replaces a dozen whole-text regex passes, so it must find exactly what
// those regexes found: phrases at word starts (case/accent-insensitive, longest per kind) and
// every letter/digit token that holds a digit.

const LEX = compileLexicon([
  ...expand('born( on| in)?').map((phrase) => ({ phrase, kind: 'dob' as const, tail: 'boundary' as const })),
  ...expand("je m'appelle").map((phrase) => ({ phrase, kind: 'intro' as const, tail: 'space' as const })),
  ...expand('n(e|ee) le').map((phrase) => ({ phrase, kind: 'dob' as const, tail: 'boundary' as const })),
  { phrase: 'mr', kind: 'title' as const, tail: 'boundary' as const },
  { phrase: 'mrs', kind: 'title' as const, tail: 'boundary' as const },
  { phrase: 'www.', kind: 'url' as const, tail: 'any' as const },
])

const hits = (text: string): string[] => prescan(text, LEX).hits.map((h) => `${h.kind}:${text.slice(h.start, h.end)}`)

describe('lexicon templates', () => {
  test('expand alternatives and optional parts', () => {
    expect(expand('born( on| in)?').sort()).toEqual(['born', 'born in', 'born on'])
    expect(expand('d.? ?o')).toEqual(['do', 'd o', 'd.o', 'd. o'])
    expect(expand('(a|b(c|d))x?')).toEqual(['a', 'ax', 'bc', 'bcx', 'bd', 'bdx'])
  })
})

describe('prescan phrases', () => {
  test.each([
    ['I was Born on 3 May', ['dob:Born on']],
    ['born online', ['dob:born']],
    ['reborn on', []],
    ['Je m’appelle Élodie', ["intro:Je m’appelle"]],
    ['Je m’appelle\u00a0X, xje m’appelle Y', ['intro:Je m’appelle']],
    ['née le 3 mai, NÉ LE 4', ['dob:née le', 'dob:NÉ LE']],
    ['Mrs Smith and Mr. Jones, mrx', ['title:Mrs', 'title:Mr']],
    ['see www.example.com or awww.x', ['url:www.']],
  ])('%j', (text, expected) => {
    expect(hits(text)).toEqual(expected)
  })
})

const tokenText = fc
  .array(fc.constantFrom('a', 'Z', '7', '0', ' ', '-', '.', '/', '(', ')', 'é', '\u00a0', '_', ':', '+'), { maxLength: 60 })
  .map((cs) => cs.join(''))

function reference(text: string): { tokens: number[]; runs: number[] } {
  const tokens: number[] = []
  for (const m of text.matchAll(/[A-Za-z0-9]+/g)) if (/\d/.test(m[0])) tokens.push(m.index, m.index + m[0].length)
  const runs: number[] = []
  for (const m of text.matchAll(/\d[\d ()./\u00a0-]*/g)) if (m[0].length >= MIN_NUMERIC_RUN) runs.push(m.index, m.index + m[0].length)
  return { tokens, runs }
}

describe('prescan digit tokens and numeric runs', () => {
  test('equal the regex definitions on arbitrary text', () => {
    fc.assert(
      fc.property(tokenText, (text) => {
        const pre = prescan(text, LEX)
        const ref = reference(text)
        expect(pre.digitTokens).toEqual(ref.tokens)
        expect(pre.numericRuns).toEqual(ref.runs)
      }),
      { numRuns: 2000, seed: 3 },
    )
  })
})

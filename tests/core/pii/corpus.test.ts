// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { detectPii, PII_TYPES, type PiiType } from '../../../src/core/pii/index'
import type { LabelledSnippet } from '../../fixtures/pii-corpus/build-snippet'
import { CORPUS_PATH, generateCorpus } from '../../../tools/bench/make-pii-corpus'

const corpus = JSON.parse(readFileSync(CORPUS_PATH, 'utf8')) as LabelledSnippet[]

describe('labelled PII corpus', () => {
  test('is large, multilingual and has hard negatives', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(400)
    for (const lang of ['en', 'fr', 'pt', 'es']) expect(corpus.filter((s) => s.lang === lang).length).toBeGreaterThanOrEqual(80)
    expect(corpus.filter((s) => s.kind === 'hard-negative').length).toBeGreaterThanOrEqual(100)
  })

  test('every entity has a valid type and in-range offsets', () => {
    for (const s of corpus) {
      for (const e of s.entities) {
        expect(PII_TYPES).toContain(e.type)
        expect(e.start).toBeGreaterThanOrEqual(0)
        expect(e.end).toBeLessThanOrEqual(s.text.length)
        expect(e.end).toBeGreaterThan(e.start)
      }
    }
  })

  test('covers every type', () => {
    const seen = new Set(corpus.flatMap((s) => s.entities.map((e) => e.type)))
    expect([...PII_TYPES].filter((t) => !seen.has(t))).toEqual([])
  })

  test('is reproducible from its generator', () => {
    expect(generateCorpus()).toEqual(corpus)
  })

  test('engine keeps a per-type F1 of at least 0.85 (regression guard; the bench prints exact figures)', () => {
    const tp = new Map<PiiType, number>()
    const fp = new Map<PiiType, number>()
    const fn = new Map<PiiType, number>()
    const add = (m: Map<PiiType, number>, t: PiiType): void => void m.set(t, (m.get(t) ?? 0) + 1)
    for (const s of corpus) {
      const predicted = detectPii(s.text)
      const used = new Set<number>()
      for (const g of s.entities) {
        const k = predicted.findIndex((p, i) => !used.has(i) && p.type === g.type && p.start < g.end && g.start < p.end)
        if (k >= 0) {
          used.add(k)
          add(tp, g.type)
        } else add(fn, g.type)
      }
      predicted.forEach((p, i) => used.has(i) || add(fp, p.type))
    }
    for (const t of PII_TYPES) {
      const a = tp.get(t) ?? 0
      const f1 = (2 * a) / (2 * a + (fp.get(t) ?? 0) + (fn.get(t) ?? 0))
      expect({ type: t, ok: f1 >= 0.85 }).toEqual({ type: t, ok: true })
    }
  })
})

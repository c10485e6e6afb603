// PII engine benchmark: throughput on a generated ≥10 MB multilingual ticket stream, time on
// adversarial inputs, then precision/recall/F1 per type on the labelled corpus.
//   npx tsx tools/bench/bench-pii.ts
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { detectPii, PII_TYPES, type PiiMatch, type PiiType } from '../../src/core/pii/index'
import type { LabelledSnippet } from '../../tests/fixtures/pii-corpus/build-snippet'
import { CORPUS_PATH, DENSE_MIX, generateTickets, REALISTIC_MIX, type TicketMix } from './make-pii-corpus'

const out = (line = ''): void => {
  process.stdout.write(line + '\n')
}

function throughput(name: string, mix: TicketMix): void {
  const tickets = generateTickets(10.5 * 1024 * 1024, 7, mix)
  const bytes = tickets.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0)
  for (const t of tickets.slice(0, 3000)) detectPii(t)
  // Best of three passes: the machine is shared, and the minimum is the least disturbed run.
  let found = 0
  let cpuSeconds = Infinity
  let seconds = Infinity
  for (let pass = 0; pass < 3; pass++) {
    found = 0
    const cpu0 = process.cpuUsage()
    const t0 = performance.now()
    for (const t of tickets) found += detectPii(t).length
    seconds = Math.min(seconds, (performance.now() - t0) / 1000)
    cpuSeconds = Math.min(cpuSeconds, process.cpuUsage(cpu0).user / 1e6)
  }
  const mb = bytes / 1e6
  out(
    `throughput (${name}): ${mb.toFixed(1)} MB UTF-8, ${tickets.length} tickets, all types, ${(found / (bytes / 1024)).toFixed(2)} matches/KB → ` +
      `${(mb / cpuSeconds).toFixed(1)} MB/s single-thread CPU (${cpuSeconds.toFixed(2)} s), ${(mb / seconds).toFixed(1)} MB/s wall (${seconds.toFixed(2)} s)`,
  )
}

function adversarial(): void {
  const MB = 1024 * 1024
  const inputs: [string, string][] = [
    ['digits-and-dashes', '12-3-4567-'.repeat(MB / 10)],
    ['@', '@'.repeat(MB)],
    ['dots', '.'.repeat(MB)],
    ['digits', '1'.repeat(MB)],
    ['colons', ':'.repeat(MB)],
    ['a.a.a.', 'a.'.repeat(MB / 2)],
  ]
  for (const [name, text] of inputs) {
    const t0 = performance.now()
    const n = detectPii(text).length
    out(`adversarial 1 MB ${name}: ${(performance.now() - t0).toFixed(0)} ms (${n} matches)`)
  }
}

interface Counts {
  tp: number
  fp: number
  fn: number
  exact: number
}

function overlapRatio(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  if (inter <= 0) return 0
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start))
}

function accuracy(): void {
  const corpus = JSON.parse(readFileSync(CORPUS_PATH, 'utf8')) as LabelledSnippet[]
  const counts = new Map<PiiType, Counts>(PII_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0, exact: 0 }]))
  const misses: string[] = []
  for (const s of corpus) {
    const predicted: PiiMatch[] = detectPii(s.text)
    const used = new Set<number>()
    for (const g of s.entities) {
      const c = counts.get(g.type) as Counts
      let best = -1
      let bestRatio = 0
      predicted.forEach((p, k) => {
        const ratio = p.type === g.type && !used.has(k) ? overlapRatio(p, g) : 0
        if (ratio > bestRatio) {
          bestRatio = ratio
          best = k
        }
      })
      if (best >= 0 && bestRatio >= 0.5) {
        used.add(best)
        c.tp++
        const p = predicted[best] as PiiMatch
        if (p.start === g.start && p.end === g.end) c.exact++
      } else {
        c.fn++
        misses.push(`FN ${g.type} ${JSON.stringify(s.text.slice(g.start, g.end))} in ${s.id}`)
      }
    }
    predicted.forEach((p, k) => {
      if (used.has(k)) return
      ;(counts.get(p.type) as Counts).fp++
      misses.push(`FP ${p.type} ${JSON.stringify(p.value)} (${p.rule} ${p.confidence}) in ${s.id}`)
    })
  }
  out(`\naccuracy on ${corpus.length} labelled snippets (${corpus.filter((s) => s.kind === 'hard-negative').length} hard negatives), default options, match = same type and IoU ≥ 0.5`)
  out('type              gold   TP   FP   FN  precision  recall     F1  exact-span')
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [type, c] of counts) {
    const gold = c.tp + c.fn
    if (gold === 0 && c.fp === 0) continue
    const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp)
    const r = gold === 0 ? 1 : c.tp / gold
    const f = p + r === 0 ? 0 : (2 * p * r) / (p + r)
    tp += c.tp
    fp += c.fp
    fn += c.fn
    out(`${type.padEnd(16)} ${String(gold).padStart(5)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}  ${p.toFixed(3).padStart(9)} ${r.toFixed(3).padStart(7)} ${f.toFixed(3).padStart(6)}  ${c.tp ? (c.exact / c.tp).toFixed(2) : '-'}`)
  }
  const P = tp / (tp + fp)
  const R = tp / (tp + fn)
  out(`${'ALL (micro)'.padEnd(16)} ${String(tp + fn).padStart(5)} ${String(tp).padStart(4)} ${String(fp).padStart(4)} ${String(fn).padStart(4)}  ${P.toFixed(3).padStart(9)} ${R.toFixed(3).padStart(7)} ${((2 * P * R) / (P + R)).toFixed(3).padStart(6)}`)
  if (process.argv.includes('--errors')) for (const m of misses) out('  ' + m)
  else out(`(${misses.length} errors; run with --errors to list them)`)
}

out(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores (wall time suffers when other jobs run; CPU time much less)`)
throughput('realistic mix, ~1 identifier-bearing sentence per ticket', REALISTIC_MIX)
throughput('dense stress mix, 25% of sentences', DENSE_MIX)
adversarial()
accuracy()

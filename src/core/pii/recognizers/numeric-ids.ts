import { prescanOf } from './cue-words'
import { visitNumericChunks, type NumericChunk } from './numeric-chunks'
import { classifyIds, classifyPhone, worthClassifying, type Scored } from './numeric-classify'
import { currencyBefore, makeWindow, unitAfter, type Window } from './numeric-shapes'
import type { ScanContext } from './scan-context'

// Walks each numeric chunk left to right. At every allowed start group it evaluates the windows
// of up to MAX_GROUPS groups / MAX_DIGITS digits, keeps the best-scoring window and jumps past
// it. Long chunks (tables, adversarial "1-2-3-…" input) only restart at strong separators so
// the work stays linear in the text length. Phones are tried longest window first and stop at
// the first valid one, because parsing is the expensive step.

const MAX_GROUPS = 8
const MAX_DIGITS = 19
const LONG_CHUNK = 12
const SURE = 0.5

function isStrongSep(sep: string): boolean {
  return sep.length >= 2 || sep === '/' || sep === '(' || sep === ')'
}

function nextStart(chunk: NumericChunk, i: number): number {
  const n = chunk.groupStart.length
  if (n <= LONG_CHUNK) return i + 1
  for (let k = i + 1; k < n; k++) if (isStrongSep(chunk.seps[k] as string)) return k
  return n
}

function better(a: Scored, b: Scored | undefined): boolean {
  if (!b) return true
  if (a.confidence !== b.confidence) return a.confidence > b.confidence
  return a.end - a.start > b.end - b.start
}

const digitsBetween = (chunk: NumericChunk, i: number, j: number): number =>
  (j + 1 < chunk.digitOffset.length ? (chunk.digitOffset[j + 1] as number) : chunk.digits.length) - (chunk.digitOffset[i] as number)

function subjectPhone(ctx: ScanContext, chunk: NumericChunk, i: number, j: number): void {
  const w = makeWindow(ctx.text, chunk, i, j)
  const identity = ctx.subjectPhone?.(w.digits, w.international)
  if (identity) ctx.out.push({ type: 'PHONE', start: w.start, end: w.end, confidence: 1, rule: 'subject-phone', subject: true, identity })
}

function visitChunk(ctx: ScanContext, chunk: NumericChunk, windows: (Window | undefined)[]): void {
  const n = chunk.groupStart.length
  const wantsSubject = ctx.subjectPhone !== undefined
  if (chunk.digits.length < (wantsSubject ? 6 : 8) && n < 4) return
  const moneyLeft = currencyBefore(ctx.text, chunk.start)
  const unitRight = unitAfter(ctx.text, chunk.end)
  let i = 0
  while (i < n) {
    const found: Scored[] = []
    let jMax = i - 1
    while (jMax + 1 < n && jMax + 1 - i < MAX_GROUPS && digitsBetween(chunk, i, jMax + 1) <= MAX_DIGITS) jMax++
    const skipLeft = i === 0 && moneyLeft
    // Windows are built once per (i, j) and shared by the id rules and the phone pass; every
    // slot up to jMax is written, so nothing from the previous start is read back.
    for (let j = i; j <= jMax; j++) {
      const d = digitsBetween(chunk, i, j)
      if (wantsSubject && d >= 6) subjectPhone(ctx, chunk, i, j)
      windows[j - i] = undefined
      if (skipLeft || (j === n - 1 && unitRight) || !worthClassifying(d, j - i + 1)) continue
      const w = makeWindow(ctx.text, chunk, i, j)
      windows[j - i] = w
      classifyIds(ctx, w, found)
    }
    for (let j = jMax; j >= i && !skipLeft; j--) {
      const d = digitsBetween(chunk, i, j)
      if (d < 8) break
      if (d > 15 || (j === n - 1 && unitRight)) continue
      const p = classifyPhone(ctx, windows[j - i] ?? makeWindow(ctx.text, chunk, i, j))
      if (p) {
        found.push(p)
        break
      }
    }
    let best: Scored | undefined
    for (const s of found) {
      if (better(s, best)) best = s
      ctx.out.push({ type: s.type, start: s.start, end: s.end, confidence: s.confidence, rule: s.rule })
    }
    if (best && best.confidence >= SURE) {
      let k = i
      while (k + 1 < n && (chunk.groupStart[k + 1] as number) < best.end) k++
      i = k + 1
    } else i = nextStart(chunk, i)
  }
}

export function recognizeNumericIds(ctx: ScanContext): void {
  const windows: (Window | undefined)[] = []
  // Nothing shorter than "1.2.3.4" or six digits can match any rule.
  visitNumericChunks(ctx.text, prescanOf(ctx).numericRuns, (chunk) => visitChunk(ctx, chunk, windows), ctx.subjectPhone ? 6 : 7)
}

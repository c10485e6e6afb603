import { readName } from './name-tokens'
import { cueHits, prescanOf, type CueHit, type CueKind } from './cue-words'
import { emit, type ScanContext } from './scan-context'

// Generic names are only reported where the text announces one: self-introductions, form
// fields, honorifics, greetings at the start of a line and sign-offs followed by a name line.
// The announcing phrases come from the shared pre-scan; here each one is checked in place.

interface NameCue {
  confidence: number
  rule: string
  /** Minimum number of name words required after the cue. */
  minWords: number
  /** The name must end its line (sign-offs, greetings). */
  endOfLine?: boolean
  /** What must follow the cue phrase before the name (sticky, case-insensitive). */
  gap?: RegExp
}

const GREETING_TITLE = 'mr|mrs|ms|dr|mme|monsieur|madame|sr|sra|senhor|senhora|señor|señora|dona|don'

const LINE_CUES: Partial<Record<CueKind, NameCue>> = {
  'name-field': { confidence: 0.8, rule: 'name-field', minWords: 1, gap: /[ \t]*:[ \t]*/iy },
  greeting: { confidence: 0.65, rule: 'name-greeting', minWords: 1, endOfLine: true, gap: new RegExp(`[ \\t]+(?:(?:${GREETING_TITLE})\\.?[ \\t]+)?`, 'iy') },
  'sign-off': { confidence: 0.7, rule: 'name-signature', minWords: 1, endOfLine: true, gap: /[ \t]*[,.!]?[ \t]*(?:\r?\n[ \t]*|[ \t]*-{1,2}[ \t]*)/iy },
}
const HONORIFIC: NameCue = { confidence: 0.75, rule: 'name-honorific', minWords: 1 }
// Honorifics count only when capitalised as written ("Mr", "Dona"), never "mr" or "don".
const HONORIFIC_WORD = /(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mme|Mlle|Monsieur|Madame|Mademoiselle|Sr|Sra|Srta|Senhor|Senhora|Señor|Señora|Dona|Doña|Dña|Don|Prof)\.?\s+/y
const INTRO_KINDS: Partial<Record<CueKind, NameCue>> = {
  intro: { confidence: 0.85, rule: 'name-self-intro', minWords: 1 },
  'weak-intro': { confidence: 0.7, rule: 'name-weak-intro', minWords: 2 },
}

function endsLine(text: string, end: number): boolean {
  let k = end
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++
  if (k >= text.length) return true
  const c = text.charCodeAt(k)
  return c === 10 || c === 13 || c === 44 || c === 33 || c === 46 || c === 58 || c === 59 || c === 124 || c === 45
}

/** Offset of the line break (or text start) before `pos` when only blanks separate them, else -1. */
function lineStartBefore(text: string, pos: number): number {
  let k = pos - 1
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--
  if (k < 0) return 0
  return text.charCodeAt(k) === 10 ? k : -1
}

function sticky(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos
  return re.test(text) ? re.lastIndex : -1
}

function introductions(ctx: ScanContext): void {
  const { text } = ctx
  for (const cue of cueHits(ctx)) {
    const kind = INTRO_KINDS[cue.kind]
    if (!kind) continue
    let pos = cue.end
    while (pos < text.length && /\s/.test(text.charAt(pos))) pos++
    const name = readName(text, pos)
    if (name && name.words >= kind.minWords) emit(ctx, 'PERSON_NAME', name.start, name.end, kind.confidence, kind.rule)
  }
}

/** Reads and reports the name after a cue; returns its end, or -1. */
function nameAfter(ctx: ScanContext, cue: NameCue, pos: number): number {
  const name = readName(ctx.text, pos)
  if (!name || name.words < cue.minWords || (cue.endOfLine && !endsLine(ctx.text, name.end))) return -1
  const confidence = cue.endOfLine && name.words > 1 ? cue.confidence + 0.1 : cue.confidence
  emit(ctx, 'PERSON_NAME', name.start, name.end, confidence, cue.rule)
  return name.end
}

function lineCues(ctx: ScanContext, hits: readonly CueHit[]): void {
  const { text } = ctx
  let done = 0
  for (const h of hits) {
    const cue = LINE_CUES[h.kind]
    if (!cue?.gap) continue
    const lineStart = lineStartBefore(text, h.start)
    if (lineStart < done || lineStart < 0) continue
    const pos = sticky(cue.gap, text, h.end)
    if (pos < 0) continue
    const end = nameAfter(ctx, cue, pos)
    if (end >= 0) done = Math.max(done, end)
  }
}

function honorifics(ctx: ScanContext, hits: readonly CueHit[]): void {
  let next = 0
  for (const h of hits) {
    if (h.kind !== 'honorific' || h.start < next) continue
    const pos = sticky(HONORIFIC_WORD, ctx.text, h.start)
    if (pos < 0) continue
    next = Math.max(pos, nameAfter(ctx, HONORIFIC, pos))
  }
}

export function recognizePersonNames(ctx: ScanContext): void {
  if (!ctx.enabled.has('PERSON_NAME')) return
  introductions(ctx)
  const hits = prescanOf(ctx).hits
  lineCues(ctx, hits)
  honorifics(ctx, hits)
}

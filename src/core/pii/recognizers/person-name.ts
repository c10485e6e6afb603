import { foldText } from '../text/fold'
import { readName } from './name-tokens'
import { cueHits, prescanOf, type CueHit, type CueKind } from './cue-words'
import { namesInContext } from './name-in-context'
import { introFollows, lineStartBefore, nameAfter, startsSentence, sticky, type NameCue } from './name-rules'
import { hasNonNameWord } from './non-names'
import { emit, type ScanContext } from './scan-context'

// Generic names are only reported where the text announces one: self-introductions, form
// fields, honorifics, greetings at the start of a line, sign-offs (on the name's line or the
// one before), plus the contextual cues of name-in-context.ts. The announcing phrases come
// from the shared pre-scan; here each one is checked in place.

const GREETING_TITLE = 'mr|mrs|ms|dr|dra|m(?=\\.)|mme|monsieur|madame|sr|sra|senhor|senhora|señor|señora|dona|don'
/** Field and header phrases end with their colon. */
const AFTER_COLON = /[ \t]*/y

/** Cues that must open a line, with what must follow the phrase before the name. */
const LINE_CUES: Partial<Record<CueKind, NameCue & { gap: RegExp }>> = {
  'name-field': { confidence: 0.8, rule: 'name-field', minWords: 1, gap: AFTER_COLON },
  'name-header': { confidence: 0.75, rule: 'name-header', minWords: 1, gap: AFTER_COLON, endOfClause: true, checkWords: true },
  greeting: { confidence: 0.65, rule: 'name-greeting', minWords: 1, endOfLine: true, multiWordBonus: 0.1, gap: new RegExp(`[ \\t]+(?:(?:${GREETING_TITLE})\\.?[ \\t]+)?`, 'iy') },
  'sign-off': { confidence: 0.7, rule: 'name-signature', minWords: 1, endOfLine: true, multiWordBonus: 0.1, gap: /[ \t]*[,.!]?[ \t]*(?:\r?\n[ \t]*|[ \t]*-{1,2}[ \t]*)/iy },
}
/** "Thanks, Ana" / "Merci, Jean." on one line, at a line or sentence start. */
const ONE_LINE_SIGN_OFF: NameCue & { gap: RegExp } = {
  confidence: 0.7,
  rule: 'name-signature-inline',
  minWords: 1,
  endOfClause: true,
  checkWords: true,
  multiWordBonus: 0.1,
  gap: /[ \t]*,[ \t]*|[ \t]+/y,
}
const HONORIFIC: NameCue = { confidence: 0.75, rule: 'name-honorific', minWords: 1 }
// Honorifics count only when capitalised as written ("Mr", "Dona", "M."), never "mr" or "don".
const HONORIFIC_WORD = /(?:Mr|Mrs|Ms|Miss|Mx|Dr|Dra|M(?=\.)|Mme|Mlle|Monsieur|Madame|Mademoiselle|Sr|Sra|Srta|Senhor|Senhora|Señor|Señora|Dona|Doña|Dña|Don|Prof)\.?\s+/y
const INTRO: NameCue = { confidence: 0.85, rule: 'name-self-intro', minWords: 1 }
const WEAK_INTRO: NameCue = { confidence: 0.7, rule: 'name-weak-intro', minWords: 2 }
/** "I'm Ana." — one word only counts when it ends the clause or links on ("…, from billing"). */
const ONE_WORD_INTRO = 0.6

function introductions(ctx: ScanContext): void {
  const { text } = ctx
  for (const cue of cueHits(ctx)) {
    if (cue.kind !== 'intro' && cue.kind !== 'weak-intro') continue
    let pos = cue.end
    while (pos < text.length && /\s/.test(text.charAt(pos))) pos++
    if (cue.kind === 'intro') {
      nameAfter(ctx, INTRO, pos)
      continue
    }
    if (nameAfter(ctx, WEAK_INTRO, pos) >= 0) continue
    const name = readName(text, pos, 1)
    // "this is" / "ici" / "aqui é" also open sentences about things: only a linking word will do.
    const presenting = /^(?:this|ici|aqui)/.test(foldText(text.slice(cue.start, cue.end)))
    if (!name || !introFollows(text, name.end, presenting) || hasNonNameWord(text, name.start, name.end)) continue
    emit(ctx, 'PERSON_NAME', name.start, name.end, ONE_WORD_INTRO, 'name-weak-intro')
  }
}

function lineCues(ctx: ScanContext, hits: readonly CueHit[]): void {
  const { text } = ctx
  let done = 0
  for (const h of hits) {
    const cue = LINE_CUES[h.kind]
    if (!cue) continue
    const lineStart = lineStartBefore(text, h.start)
    let end = -1
    if (lineStart >= done && lineStart >= 0) {
      const pos = sticky(cue.gap, text, h.end)
      if (pos >= 0) end = nameAfter(ctx, cue, pos)
    }
    if (end < 0 && h.kind === 'sign-off' && h.start >= done && startsSentence(text, h.start)) {
      const pos = sticky(ONE_LINE_SIGN_OFF.gap, text, h.end)
      if (pos >= 0) end = nameAfter(ctx, ONE_LINE_SIGN_OFF, pos)
    }
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
  namesInContext(ctx, hits)
}

import type { CueHit } from './cue-words'
import { readName } from './name-tokens'
import { nameAfter, sticky, type NameCue } from './name-rules'
import { hasNonNameWord } from './non-names'
import { emit, type ScanContext } from './scan-context'

// Names in the middle of a sentence, where a strong cue sits right before them ("I spoke to
// Emily Lockhart", "falei com a Ana Sousa", "mi compañero Javier") or an e-mail address right
// after them ("Ana Sousa <ana@…>"). Verbs need a full name (two words): "I spoke to Orange"
// must stay silent. Relations ("my colleague") announce a person, so one word is enough.
// Brands, cities, nationalities and street/company endings are rejected either way.

const VERB: NameCue = { confidence: 0.75, rule: 'name-after-verb', minWords: 2, checkWords: true }
const RELATION: NameCue = { confidence: 0.65, rule: 'name-after-relation', minWords: 1, checkWords: true, multiWordBonus: 0.1 }
/** Blanks (after a comma: "my husband, Tom,"), then an optional article: "com a Ana". */
const GAP = /,?[ \t]+(?:(?:the|o|a|el|la|le)[ \t]+)?/iy
const BESIDE_EMAIL = 0.75
/** Up to four capitalised words (particles allowed) ending right before "<" or "(". */
const NAME_BEFORE_BRACKET = /(?:^|[^\p{L}\p{N}_'’.-])((?:\p{Lu}[\p{L}'’-]*[ \t]+(?:(?:de|da|do|dos|das|del|du|van|von|di|le|la)[ \t]+)?){1,3}\p{Lu}[\p{L}'’-]*)[ \t]*[<(][ \t]*$/u

function afterCues(ctx: ScanContext, hits: readonly CueHit[]): void {
  let next = 0
  for (const h of hits) {
    const cue = h.kind === 'name-verb' ? VERB : h.kind === 'name-relation' ? RELATION : undefined
    if (!cue || h.start < next) continue
    const pos = sticky(GAP, ctx.text, h.end)
    if (pos < 0) continue
    next = Math.max(next, nameAfter(ctx, cue, pos))
  }
}

/** The offset of "<" or "(" right before `pos` (blanks allowed), or -1. */
function bracketBefore(text: string, pos: number): number {
  let k = pos - 1
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--
  return k >= 0 && (text.charCodeAt(k) === 60 || text.charCodeAt(k) === 40) ? k : -1
}

/** "Ana Sousa <ana@example.com>", "Jean Dupont (jean@example.fr)": a display name before a mailbox. */
function besideEmails(ctx: ScanContext): void {
  const { text } = ctx
  const found = ctx.out.length // names pushed below are not e-mails
  for (let i = 0; i < found; i++) {
    const e = ctx.out[i] as (typeof ctx.out)[number]
    if (e.type !== 'EMAIL' || e.subject || bracketBefore(text, e.start) < 0) continue
    const from = Math.max(0, e.start - 80)
    const m = NAME_BEFORE_BRACKET.exec(text.slice(from, e.start))
    if (!m) continue
    const start = from + m.index + m[0].indexOf(m[1] as string)
    const name = readName(text, start)
    if (!name || name.words < 2 || name.end !== start + (m[1] as string).length || hasNonNameWord(text, name.start, name.end)) continue
    emit(ctx, 'PERSON_NAME', name.start, name.end, BESIDE_EMAIL, 'name-beside-email')
  }
}

export function namesInContext(ctx: ScanContext, hits: readonly CueHit[]): void {
  afterCues(ctx, hits)
  besideEmails(ctx)
}

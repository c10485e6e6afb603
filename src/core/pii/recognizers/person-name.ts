import { isWordChar } from '../text/char-class'
import { readName } from './name-tokens'
import { cueHits } from './cue-words'
import { emit, lowerText, type ScanContext } from './scan-context'

// Generic names are only reported where the text announces one: self-introductions, form
// fields, honorifics, greetings at the start of a line and sign-offs followed by a name line.

interface CueKind {
  confidence: number
  rule: string
  /** Minimum number of name words required after the cue. */
  minWords: number
  /** The name must end its line (sign-offs, greetings). */
  endOfLine?: boolean
}

/** One regex per haystack; capture group k (1-based) tells which kind of cue matched. */
interface Cue {
  re: RegExp
  kinds: CueKind[]
  lower: boolean
}

const FIELD = 'name|nom|nome|nombre|customer|client|cliente|titular|holder|account holder|cardholder|titulaire(?: du compte)?|prénom et nom|nom et prénom'
const GREETING =
  'hi|hello|hey|dear|good (?:morning|afternoon|evening)|bonjour|bonsoir|salut|cher|chère|olá|ola|oi|bom dia|boa tarde|boa noite|prezado|prezada|caro|cara|hola|buenos días|buenas tardes|buenas|estimado|estimada|querido|querida'
const GREETING_TITLE = 'mr|mrs|ms|dr|mme|monsieur|madame|sr|sra|senhor|senhora|señor|señora|dona|don'
const SIGN_OFF =
  '(?:best|kind|warm|many thanks and|with)? ?regards|best wishes|best|thanks|thank you|many thanks|cheers|sincerely(?: yours)?|yours(?: truly| sincerely)?|(?:bien )?cordialement|bien à vous|merci(?: beaucoup)?|salutations|sincères salutations|atenciosamente|cumprimentos|melhores cumprimentos|com os melhores cumprimentos|obrigad[oa]|abraços?|att\\.?|saludos(?: cordiales)?|un saludo|atentamente|gracias|muchas gracias|un abrazo'
const HONORIFIC = 'Mr|Mrs|Ms|Miss|Mx|Dr|Mme|Mlle|Monsieur|Madame|Mademoiselle|Sr|Sra|Srta|Senhor|Senhora|Señor|Señora|Dona|Doña|Dña|Don|Prof'

// Cues are merged into as few regexes as possible: each one is a full pass over the text.
// Lowercased-text regexes are case-sensitive (much faster than /iu); honorifics need their
// capital letter and run on the original text.
const CUES: Cue[] = [
  {
    re: new RegExp(
      `(?:^|\\n)[ \\t]*(?:(${FIELD})[ \\t]*:[ \\t]*|(${GREETING})[ \\t]+(?:(?:${GREETING_TITLE})\\.?[ \\t]+)?|(${SIGN_OFF})[ \\t]*[,.!]?[ \\t]*(?:\\r?\\n[ \\t]*|[ \\t]*-{1,2}[ \\t]*))`,
      'g',
    ),
    kinds: [
      { confidence: 0.8, rule: 'name-field', minWords: 1 },
      { confidence: 0.65, rule: 'name-greeting', minWords: 1, endOfLine: true },
      { confidence: 0.7, rule: 'name-signature', minWords: 1, endOfLine: true },
    ],
    lower: true,
  },
  {
    re: new RegExp(`(?<![a-zà-öø-ÿA-ZÀ-ÖØ-Þ0-9])(${HONORIFIC})\\.?\\s+`, 'g'),
    kinds: [{ confidence: 0.75, rule: 'name-honorific', minWords: 1 }],
    lower: false,
  },
]

function kindOf(cue: Cue, m: RegExpExecArray): CueKind {
  for (let k = 0; k < cue.kinds.length; k++) if (m[k + 1] !== undefined) return cue.kinds[k] as CueKind
  return cue.kinds[0] as CueKind
}

function endsLine(text: string, end: number): boolean {
  let k = end
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++
  if (k >= text.length) return true
  const c = text.charCodeAt(k)
  return c === 10 || c === 13 || c === 44 || c === 33 || c === 46 || c === 58 || c === 59 || c === 124 || c === 45
}

const INTRO_KINDS: Record<'intro' | 'weak-intro', CueKind> = {
  intro: { confidence: 0.85, rule: 'name-self-intro', minWords: 1 },
  'weak-intro': { confidence: 0.7, rule: 'name-weak-intro', minWords: 2 },
}

function introductions(ctx: ScanContext): void {
  const { text } = ctx
  for (const cue of cueHits(ctx)) {
    if (cue.kind !== 'intro' && cue.kind !== 'weak-intro') continue
    const kind = INTRO_KINDS[cue.kind]
    let pos = cue.end
    while (pos < text.length && /\s/.test(text.charAt(pos))) pos++
    const name = readName(text, pos)
    if (name && name.words >= kind.minWords) emit(ctx, 'PERSON_NAME', name.start, name.end, kind.confidence, kind.rule)
  }
}

export function recognizePersonNames(ctx: ScanContext): void {
  if (!ctx.enabled.has('PERSON_NAME')) return
  introductions(ctx)
  const { text } = ctx
  const lower = lowerText(ctx)
  for (const cue of CUES) {
    const haystack = cue.lower ? lower : text
    cue.re.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = cue.re.exec(haystack)) !== null) {
      if (m.index > 0 && haystack.charCodeAt(m.index) !== 10 && isWordChar(haystack.charCodeAt(m.index - 1))) continue
      const kind = kindOf(cue, m)
      const pos = m.index + m[0].length
      const name = readName(text, pos)
      if (!name || name.words < kind.minWords || (kind.endOfLine && !endsLine(text, name.end))) {
        // Cues can chain ("Merci.\nCordialement,\nÉlodie"): retry from inside this match.
        cue.re.lastIndex = m.index + 1
        continue
      }
      const confidence = kind.endOfLine && name.words > 1 ? kind.confidence + 0.1 : kind.confidence
      emit(ctx, 'PERSON_NAME', name.start, name.end, confidence, kind.rule)
      cue.re.lastIndex = Math.max(cue.re.lastIndex, name.end)
    }
  }
}

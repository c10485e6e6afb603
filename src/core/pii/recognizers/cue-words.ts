import { isWordChar } from '../text/char-class'
import { lowerText, type ScanContext } from './scan-context'

// The cue phrases that announce a name, a birth date or a password, found in ONE pass over the
// lowercased text and shared by the three recognizers. Separate alternation regexes each cost
// a full scan that tests almost every position, which dominated the run time.

export type CueKind = 'intro' | 'weak-intro' | 'dob' | 'password'

export interface CueHit {
  kind: CueKind
  start: number
  end: number
}

const INTRO = "my name is|my name's|je m'appelle|je m’appelle|mon nom est|meu nome é|me chamo|chamo-me|me llamo|mi nombre es|nome completo:?|full name:?|nom complet:?|nombre completo:?"
const WEAK_INTRO = "i am|i'm|this is|je suis|ici|sou o|sou a|aqui é|aqui é o|aqui é a|soy"
const DOB =
  'date of birth|birth ?date|birthday|born(?: on| in)?|d\\.? ?o\\.? ?b\\.?|date de naissance|n[ée]e? le|n[ée]e? en|naissance|data de nascimento|data nasc\\.?|nascid[oa](?: em| a)?|fecha de nacimiento|fecha nac\\.?|f\\. nac\\.?|nacid[oa](?: el)?|cumpleaños|aniversário'
const PASSWORD = 'password|passwd|passcode|pwd|pass|mot de passe|mdp|senha|palavra-passe|contraseña|contrasena|clave|código de acceso|pin'
const WORD_END = '(?![a-zà-öø-ÿ0-9])'

const KINDS: readonly CueKind[] = ['intro', 'weak-intro', 'dob', 'password']
const CUES = new RegExp(`(${INTRO})(?=\\s)|(${WEAK_INTRO})(?=\\s)|(${DOB})${WORD_END}|(${PASSWORD})${WORD_END}`, 'g')

function scan(lower: string): CueHit[] {
  const hits: CueHit[] = []
  CUES.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = CUES.exec(lower)) !== null) {
    // Left boundary checked here: a leading look-behind would stop V8 from prefiltering.
    if (m.index > 0 && isWordChar(lower.charCodeAt(m.index - 1))) continue
    let k = 0
    while (k < KINDS.length - 1 && m[k + 1] === undefined) k++
    hits.push({ kind: KINDS[k] as CueKind, start: m.index, end: m.index + m[0].length })
  }
  return hits
}

export function cueHits(ctx: ScanContext): readonly CueHit[] {
  ctx.cues ??= scan(lowerText(ctx))
  return ctx.cues
}

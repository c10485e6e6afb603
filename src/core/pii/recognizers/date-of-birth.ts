import { plausibleDate } from '../validators/calendar-date'
import { cueHits } from './cue-words'
import { emit, type ScanContext } from './scan-context'

// Dates are only personal data when announced as a birth date, so this recognizer starts from
// the announcement ("born", "né le", "data de nascimento", "fecha de nacimiento"…) and reads
// the date that follows within a short gap.

const GAP = /[\s:=(\-–—,]*(?:(?:is|was|est|é|es|el|le|em|on|:)\s+)?(?:(?:the|o|el|le|dia|día)\s+)?/y

const MONTHS: Record<string, number> = {}
const MONTH_NAMES = [
  ['january', 'jan', 'janvier', 'janv', 'janeiro', 'enero', 'ene'],
  ['february', 'feb', 'fevrier', 'février', 'fev', 'févr', 'fevereiro', 'febrero'],
  ['march', 'mar', 'mars', 'março', 'marco', 'marzo'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'mai', 'maio', 'mayo'],
  ['june', 'jun', 'juin', 'junho', 'junio'],
  ['july', 'jul', 'juillet', 'juil', 'julho', 'julio'],
  ['august', 'aug', 'aout', 'août', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'setembro', 'set', 'septiembre'],
  ['october', 'oct', 'octobre', 'outubro', 'out', 'octubre'],
  ['november', 'nov', 'novembre', 'novembro', 'noviembre'],
  ['december', 'dec', 'décembre', 'decembre', 'déc', 'dezembro', 'dez', 'diciembre', 'dic'],
]
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)))
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`

const NUMERIC = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/y
const ISO = /(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/y
const DAY_MONTH = new RegExp(`(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`, 'iy')
const MONTH_DAY = new RegExp(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iy')

function year2(y: string): number {
  const n = Number(y)
  return y.length === 4 ? n : n > 30 ? 1900 + n : 2000 + n
}

function month(name: string): number {
  return MONTHS[name.toLowerCase()] ?? 0
}

/** Length of a valid date written at `pos`, or 0. */
export function dateLengthAt(text: string, pos: number): number {
  const attempts: [RegExp, (m: RegExpExecArray) => boolean][] = [
    [ISO, (m) => plausibleDate(Number(m[1]), Number(m[2]), Number(m[3]))],
    [NUMERIC, (m) => plausibleDate(year2(m[4] as string), Number(m[3]), Number(m[1])) || plausibleDate(year2(m[4] as string), Number(m[1]), Number(m[3]))],
    [DAY_MONTH, (m) => plausibleDate(Number(m[3]), month(m[2] as string), Number(m[1]))],
    [MONTH_DAY, (m) => plausibleDate(Number(m[3]), month(m[1] as string), Number(m[2]))],
  ]
  for (const [re, ok] of attempts) {
    re.lastIndex = pos
    const m = re.exec(text)
    if (m && ok(m)) return m[0].length
  }
  return 0
}

export function recognizeDatesOfBirth(ctx: ScanContext): void {
  if (!ctx.enabled.has('DATE_OF_BIRTH')) return
  const { text } = ctx
  let done = 0
  for (const cue of cueHits(ctx)) {
    if (cue.kind !== 'dob' || cue.start < done) continue
    GAP.lastIndex = cue.end
    const gap = GAP.exec(text)
    const pos = cue.end + (gap ? gap[0].length : 0)
    const len = dateLengthAt(text, pos)
    if (len > 0) {
      emit(ctx, 'DATE_OF_BIRTH', pos, pos + len, 0.85, 'dob-after-cue')
      done = pos + len
    }
  }
}

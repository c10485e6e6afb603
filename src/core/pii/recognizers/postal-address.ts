import { hasContext } from '../context-words'
import { hitsOf, prescanOf } from './cue-words'
import { emit, type ScanContext } from './scan-context'

// Street addresses are anchored on a street word next to a house number, in the orders each
// language uses ("12 rue de la Paix", "221B Baker Street", "Rua Augusta, 123", "Calle Mayor 5"),
// then extended over a following postcode + city on the same line.

const NAME_WORD = `[A-Za-zÀ-ÖØ-öø-ÿ'’.\\-]+`
const NAME = `${NAME_WORD}(?: ${NAME_WORD}){0,5}`
const NUMBER_FIRST = new RegExp(
  `(?<![A-Za-zÀ-ÖØ-öø-ÿ0-9])\\d{1,5}(?: ?(?:bis|ter|[A-Za-z])(?![A-Za-zÀ-ÖØ-öø-ÿ]))?,? (?:rue|avenue|av\\.|bd|boulevard|place|chemin|allée|allee|impasse|quai|route|cours|square|passage|lotissement|résidence|Rue|Avenue|Av\\.|Bd|Boulevard|Place|Chemin|Allée|Impasse|Quai|Route|Cours|Square|Passage) ${NAME}`,
  'y',
)
const EN_STREET = new RegExp(
  `(?<![A-Za-zÀ-ÖØ-öø-ÿ0-9])\\d{1,5}[A-Za-z]? (?:[A-Z][a-z]+ ){1,3}(?:Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Boulevard|Blvd\\.?|Court|Ct\\.?|Place|Pl\\.?|Way|Terrace|Close|Crescent|Square|Parkway|Highway|Gardens|Grove|Row|Mews)(?![A-Za-zÀ-ÖØ-öø-ÿ0-9])(?:,? (?:Apt|Apartment|Suite|Unit|Flat)\\.? ?#?\\w{1,5})?`,
  'y',
)
const STREET_FIRST = new RegExp(
  `(?<![A-Za-zÀ-ÖØ-öø-ÿ0-9])(?:Rua|R\\.|Avenida|Av\\.|Avda\\.?|Travessa|Tv\\.|Praça|Largo|Alameda|Estrada|Rodovia|Calle|C/|Paseo|Plaza|Pza\\.|Camino|Carretera|Ronda|Travesía|Vía|Rambla) ${NAME}?,? (?:n[º°o]\\.? ?|nº ?|núm\\.? ?|número )?\\d{1,5}(?:[A-Za-z](?![A-Za-zÀ-ÖØ-öø-ÿ]))?(?:[,]? ?(?:\\d{1,2}[º°ªo]? ?[A-Za-z]?|apto\\.? ?\\d{1,4}|apt\\.? ?\\d{1,4}|piso \\d{1,2}|bloco \\w{1,3}|casa \\d{1,3}|\\d{1,2}º ?(?:andar|piso|dto|esq|izq|dcha)\\.?))?(?![A-Za-zÀ-ÖØ-öø-ÿ0-9])`,
  'y',
)
// Postcode + city: FR/ES 5 digits, PT 4-3, BR 5-3, UK outward+inward, US state + ZIP.
const POSTCODE_CITY = new RegExp(
  `(?:,? ?[-–]? ?)(?:(?:\\d{5}|\\d{4}-\\d{3}|\\d{5}-\\d{3}) [A-ZÀ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’\\-]+(?: (?:[A-ZÀ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’\\-]+|de|do|da|del|sur|en|-))*(?: ?[-–/] ?[A-Z]{2})?|[A-Z][A-Za-zÀ-ÖØ-öø-ÿ]+(?: [A-Z][A-Za-zÀ-ÖØ-öø-ÿ]+)?,? (?:[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}|[A-Z]{2} \\d{5}(?:-\\d{4})?))`,
  'y',
)

type Found = (ctx: ScanContext, start: number, end: number) => void

/** Runs a sticky regex at each start in order, skipping starts inside the previous match. */
function each(ctx: ScanContext, re: RegExp, starts: readonly number[], found: Found): void {
  let next = 0
  for (const start of starts) {
    if (start < next) continue
    re.lastIndex = start
    const m = re.exec(ctx.text)
    if (!m) continue
    next = start + m[0].length
    found(ctx, start, next)
  }
}

/** House numbers open digit tokens: the only places the number-first patterns can match. */
function numberStarts(ctx: ScanContext): number[] {
  const tokens = prescanOf(ctx).digitTokens
  const starts: number[] = []
  const { text } = ctx
  for (let k = 0; k < tokens.length; k += 2) {
    const s = tokens[k] as number
    const e = tokens[k + 1] as number
    let d = s
    while (d < e && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++
    // 1–5 digits, at most "bis"/"ter"/one letter glued, then a blank or comma before the street.
    const next = text.charCodeAt(e)
    if (d > s && d - s <= 5 && e - d <= 3 && (next === 32 || next === 44)) starts.push(s)
  }
  return starts
}

function trimName(text: string, start: number, end: number): number {
  while (end > start && /[\s,.;:'’-]/.test(text.charAt(end - 1))) end--
  return end
}

function withPostcode(text: string, end: number): [number, boolean] {
  POSTCODE_CITY.lastIndex = end
  const m = POSTCODE_CITY.exec(text)
  if (!m || m[0].includes('\n')) return [end, false]
  return [end + m[0].length, true]
}

function report(ctx: ScanContext, start: number, rawEnd: number, rule: string): void {
  const { text } = ctx
  const end = trimName(text, start, rawEnd)
  const [full, postcode] = withPostcode(text, end)
  const cue = hasContext(text, start, full, 'NOT_PERSONAL', 20, 0) ? -0.2 : 0
  emit(ctx, 'POSTAL_ADDRESS', start, full, (postcode ? 0.85 : 0.7) + cue, rule)
}

const STOP_WORD = / (?:et|and|e|y|à|au|pour|for|para|avec|com|con|depuis|since|mais|but)(?= )/

const numberFirst: Found = (ctx, s, e) => {
  const stop = ctx.text.slice(s, e).search(STOP_WORD)
  report(ctx, s, stop > 0 ? s + stop : e, 'address-number-first')
}
const english: Found = (ctx, s, e) => report(ctx, s, e, 'address-en')
const streetFirst: Found = (ctx, s, e) => report(ctx, s, e, 'address-street-first')

export function recognizePostalAddresses(ctx: ScanContext): void {
  if (!ctx.enabled.has('POSTAL_ADDRESS')) return
  const numbers = numberStarts(ctx)
  if (numbers.length > 0) {
    each(ctx, NUMBER_FIRST, numbers, numberFirst)
    each(ctx, EN_STREET, numbers, english)
  }
  const streets = hitsOf(ctx, 'street')
  if (streets.length > 0) each(ctx, STREET_FIRST, streets.map((h) => h.start), streetFirst)
}

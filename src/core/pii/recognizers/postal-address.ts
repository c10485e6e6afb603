import { hasContext } from '../context-words'
import { emit, type ScanContext } from './scan-context'

// Street addresses are anchored on a street word next to a house number, in the orders each
// language uses ("12 rue de la Paix", "221B Baker Street", "Rua Augusta, 123", "Calle Mayor 5"),
// then extended over a following postcode + city on the same line.

const NAME_WORD = `[A-Za-zÀ-ÖØ-öø-ÿ'’.\\-]+`
const NAME = `${NAME_WORD}(?: ${NAME_WORD}){0,5}`
const NUMBER_FIRST = new RegExp(
  `(?<![A-Za-zÀ-ÖØ-öø-ÿ0-9])\\d{1,5}(?: ?(?:bis|ter|[A-Za-z])(?![A-Za-zÀ-ÖØ-öø-ÿ]))?,? (?:rue|avenue|av\\.|bd|boulevard|place|chemin|allée|allee|impasse|quai|route|cours|square|passage|lotissement|résidence|Rue|Avenue|Av\\.|Bd|Boulevard|Place|Chemin|Allée|Impasse|Quai|Route|Cours|Square|Passage) ${NAME}`,
  'g',
)
const EN_STREET = new RegExp(
  `(?<![A-Za-zÀ-ÖØ-öø-ÿ0-9])\\d{1,5}[A-Za-z]? (?:[A-Z][a-z]+ ){1,3}(?:Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Boulevard|Blvd\\.?|Court|Ct\\.?|Place|Pl\\.?|Way|Terrace|Close|Crescent|Square|Parkway|Highway|Gardens|Grove|Row|Mews)(?![A-Za-zÀ-ÖØ-öø-ÿ0-9])(?:,? (?:Apt|Apartment|Suite|Unit|Flat)\\.? ?#?\\w{1,5})?`,
  'g',
)
const STREET_FIRST = new RegExp(
  `(?<![A-Za-zÀ-ÖØ-öø-ÿ0-9])(?:Rua|R\\.|Avenida|Av\\.|Avda\\.?|Travessa|Tv\\.|Praça|Largo|Alameda|Estrada|Rodovia|Calle|C/|Paseo|Plaza|Pza\\.|Camino|Carretera|Ronda|Travesía|Vía|Rambla) ${NAME}?,? (?:n[º°o]\\.? ?|nº ?|núm\\.? ?|número )?\\d{1,5}(?:[A-Za-z](?![A-Za-zÀ-ÖØ-öø-ÿ]))?(?:[,]? ?(?:\\d{1,2}[º°ªo]? ?[A-Za-z]?|apto\\.? ?\\d{1,4}|apt\\.? ?\\d{1,4}|piso \\d{1,2}|bloco \\w{1,3}|casa \\d{1,3}|\\d{1,2}º ?(?:andar|piso|dto|esq|izq|dcha)\\.?))?(?![A-Za-zÀ-ÖØ-öø-ÿ0-9])`,
  'g',
)
// Postcode + city: FR/ES 5 digits, PT 4-3, BR 5-3, UK outward+inward, US state + ZIP.
const POSTCODE_CITY = new RegExp(
  `(?:,? ?[-–]? ?)(?:(?:\\d{5}|\\d{4}-\\d{3}|\\d{5}-\\d{3}) [A-ZÀ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’\\-]+(?: (?:[A-ZÀ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’\\-]+|de|do|da|del|sur|en|-))*(?: ?[-–/] ?[A-Z]{2})?|[A-Z][A-Za-zÀ-ÖØ-öø-ÿ]+(?: [A-Z][A-Za-zÀ-ÖØ-öø-ÿ]+)?,? (?:[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}|[A-Z]{2} \\d{5}(?:-\\d{4})?))`,
  'y',
)

function each(re: RegExp, text: string, fn: (start: number, end: number) => void): void {
  re.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) fn(m.index, m.index + m[0].length)
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

export function recognizePostalAddresses(ctx: ScanContext): void {
  if (!ctx.enabled.has('POSTAL_ADDRESS')) return
  const { text } = ctx
  const report = (start: number, rawEnd: number, rule: string): void => {
    const end = trimName(text, start, rawEnd)
    const [full, postcode] = withPostcode(text, end)
    const cue = hasContext(text, start, full, 'NOT_PERSONAL', 20, 0) ? -0.2 : 0
    emit(ctx, 'POSTAL_ADDRESS', start, full, (postcode ? 0.85 : 0.7) + cue, rule)
  }
  each(NUMBER_FIRST, text, (s, e) => {
    const stop = text.slice(s, e).search(/ (?:et|and|e|y|à|au|pour|for|para|avec|com|con|depuis|since|mais|but)(?= )/)
    report(s, stop > 0 ? s + stop : e, 'address-number-first')
  })
  each(EN_STREET, text, (s, e) => report(s, e, 'address-en'))
  each(STREET_FIRST, text, (s, e) => report(s, e, 'address-street-first'))
}

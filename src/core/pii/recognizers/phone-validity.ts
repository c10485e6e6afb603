import { Metadata } from 'libphonenumber-js/max'

// The yes/no answer of `parsePhoneNumberFromString(…)?.isValid()` computed from the same
// libphonenumber-js metadata, with every pattern compiled ONCE. The library rebuilds a RegExp
// for each pattern test and walks all 25 NANP countries for a +1 number, which made phone
// validation 10–50 µs per candidate and the single largest cost of a scan. This file follows
// the library's parse → national-prefix → country → type steps one for one (names in comments);
// tests/core/pii/phone-validity.test.ts checks it against the library on thousands of numbers.

/** The parts of the library's (untyped) numbering-plan object this port reads. */
interface RawType {
  pattern(): string
  possibleLengths(): number[] | undefined
}
interface RawPlan {
  callingCode(): string
  IDDPrefix(): string
  nationalNumberPattern(): string
  possibleLengths(): number[] | undefined
  nationalPrefixForParsing(): string | undefined
  nationalPrefixTransformRule(): string | undefined
  leadingDigits(): string | undefined
  hasTypes(): boolean
  type(name: string): RawType | undefined
}
interface RawMetadata {
  selectNumberingPlan(countryOrCallingCode: string): void
  numberingPlan?: RawPlan
  hasCallingCode(callingCode: string): boolean
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined
}

interface Plan {
  callingCode: string
  idd: RegExp
  national: RegExp
  lengths: readonly number[] | undefined
  prefix: RegExp | undefined
  transform: string | undefined
  leading: RegExp | undefined
  hasTypes: boolean
  /** Every number type's pattern with the lengths it allows; validity = any of them matches. */
  types: { re: RegExp; lengths: readonly number[] | undefined }[]
}

const TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL']
const metadata = new Metadata() as unknown as RawMetadata
const plans = new Map<string, Plan>()
const whole = (p: string): RegExp => new RegExp(`^(?:${p})$`)
const head = (p: string): RegExp => new RegExp(`^(?:${p})`)

/** Plan of a country ("FR") or, for a calling code ("1"), of its main country. Compiled lazily. */
function planOf(key: string): Plan {
  let plan = plans.get(key)
  if (plan) return plan
  metadata.selectNumberingPlan(key)
  const raw = metadata.numberingPlan as RawPlan
  const types: Plan['types'] = []
  for (const name of raw.hasTypes() ? TYPES : []) {
    const t = raw.type(name)
    if (t && t.pattern()) types.push({ re: whole(t.pattern()), lengths: t.possibleLengths() })
  }
  const npp = raw.nationalPrefixForParsing()
  const leading = raw.leadingDigits()
  plan = {
    callingCode: raw.callingCode(),
    idd: head(raw.IDDPrefix()),
    national: whole(raw.nationalNumberPattern()),
    lengths: raw.possibleLengths(),
    prefix: npp ? head(npp) : undefined,
    transform: raw.nationalPrefixTransformRule(),
    leading: leading ? head(leading) : undefined,
    hasTypes: raw.hasTypes(),
    types,
  }
  plans.set(key, plan)
  return plan
}

/** getNumberType(…) !== undefined */
function hasType(nsn: string, plan: Plan): boolean {
  if (!plan.national.test(nsn)) return false
  return plan.types.some((t) => (!t.lengths || t.lengths.includes(nsn.length)) && t.re.test(nsn))
}

/** getCountryByCallingCode */
function countryFor(callingCode: string, nsn: string): string | undefined {
  const countries = metadata.getCountryCodesForCallingCode(callingCode)
  if (!countries) return undefined
  if (countries.length === 1) return countries[0]
  for (const country of countries) {
    const plan = planOf(country)
    if (plan.leading ? nsn.length > 0 && plan.leading.test(nsn) : hasType(nsn, plan)) return country
  }
  return undefined
}

/** checkNumberLength without a type */
function lengthCheck(nsn: string, plan: Plan): 'ok' | 'short' | 'long' | 'invalid' {
  const lengths = plan.lengths
  if (!lengths) return 'ok'
  const n = nsn.length
  const min = lengths[0]
  const max = lengths[lengths.length - 1]
  if (min === n) return 'ok'
  if (min !== undefined && min > n) return 'short'
  if (max !== undefined && max < n) return 'long'
  return lengths.indexOf(n, 1) >= 0 ? 'ok' : 'invalid'
}

/** extractNationalNumber (with extractNationalNumberFromPossiblyIncompleteNumber inlined) */
function nationalNumber(number: string, plan: Plan): string {
  const m = plan.prefix && number ? plan.prefix.exec(number) : null
  if (!m) return number
  const groups = m.length - 1
  const nsn = plan.transform && groups > 0 && m[groups] ? number.replace(plan.prefix as RegExp, plan.transform) : number.slice(m[0].length)
  if (nsn === number) return number
  if (plan.national.test(number) && !plan.national.test(nsn)) return number
  if (plan.lengths) {
    const country = countryFor(plan.callingCode, nsn)
    const check = lengthCheck(nsn, country ? planOf(country) : plan)
    if (check === 'short' || check === 'invalid') return number
  }
  return nsn
}

/** The tail of parse() plus PhoneNumber.isValid() once the calling code is known. */
function validWithCode(callingCode: string, number: string, selected: Plan, country: string | undefined): boolean {
  if (number.length === 0) return false
  const nsn = nationalNumber(number, selected)
  const exact = countryFor(callingCode, nsn) ?? country
  if (nsn.length < 2 || nsn.length > 17) return false
  const plan = exact ? planOf(exact) : planOf(callingCode)
  return plan.hasTypes ? hasType(nsn, plan) : plan.national.test(nsn)
}

/** extractCountryCallingCode for "+digits": the longest-first search is shortest-first there. */
function validFromPlus(digits: string): boolean {
  if (digits.charCodeAt(0) === 48) return false
  for (let i = 1; i <= 3 && i <= digits.length; i++) {
    const code = digits.slice(0, i)
    if (metadata.hasCallingCode(code)) return validWithCode(code, digits.slice(i), planOf(code), undefined)
  }
  return false
}

/** `parsePhoneNumberFromString('+' + digits)?.isValid()` */
export function validInternationalDigits(digits: string): boolean {
  return validFromPlus(digits)
}

/** `parsePhoneNumberFromString(digits, region)?.isValid()` for a digits-only string. */
export function validNationalDigits(digits: string, region: string): boolean {
  const plan = planOf(region)
  // stripIddPrefix: "00 44 …" dialled from the region is an international number.
  const idd = plan.idd.exec(digits)
  if (idd) {
    const rest = digits.slice(idd[0].length)
    if (rest.length > 0 && rest.charCodeAt(0) !== 48) return validFromPlus(rest)
  }
  // extractCountryCallingCodeFromInternationalNumberWithoutPlusSign: "33 6 12 …" without '+'.
  const code = plan.callingCode
  if (digits.startsWith(code)) {
    const shorter = digits.slice(code.length)
    const full = nationalNumber(digits, plan)
    if ((!plan.national.test(full) && plan.national.test(nationalNumber(shorter, plan))) || lengthCheck(full, plan) === 'long') {
      return validWithCode(code, shorter, planOf(code), undefined)
    }
  }
  return validWithCode(code, digits, plan, region)
}

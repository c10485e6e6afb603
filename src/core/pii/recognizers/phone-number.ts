import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max'
import type { PhoneRegion } from '../types'
import { validInternationalDigits, validNationalDigits } from './phone-validity'

// Phone validation delegates to libphonenumber-js with full ("max") metadata: the "min" set
// only checks lengths, which lets order numbers through. Cheap digit prechecks run first so
// the library is only consulted for plausible national shapes.

// Necessary conditions from each national numbering plan. They matter for speed: the library
// is slowest on invalid numbers, which it checks against every country sharing the code.
const NATIONAL_SHAPE: Record<PhoneRegion, RegExp> = {
  FR: /^0[1-9]\d{8}$/,
  GB: /^0(?:[1-3]\d{8,9}|[5789]\d{9})$/,
  BR: /^0?[1-9][1-9](?:9\d{8}|[2-5]\d{7})$/,
  US: /^1?[2-9](?!11)\d{2}[2-9]\d{6}$/,
  ES: /^[6789]\d{8}$/,
  PT: /^(?:2\d|9[1236])\d{7}$/,
}

export interface PhoneParse {
  e164: string
  region?: string
}

/** `raw` is the number as written (separators allowed); `digits` its digits only. */
export function parseInternational(raw: string): PhoneParse | undefined {
  const cleaned = raw.replace(/^00/, '+')
  const p = parsePhoneNumberFromString(cleaned.startsWith('+') ? cleaned : '+' + cleaned)
  if (!p || !p.isValid()) return undefined
  return { e164: p.number, region: p.country }
}

export function parseNational(digits: string, regions: readonly PhoneRegion[]): PhoneParse | undefined {
  for (const region of regions) {
    if (!NATIONAL_SHAPE[region].test(digits)) continue
    const p = parsePhoneNumberFromString(digits, region as CountryCode)
    if (p && p.isValid()) return { e164: p.number, region }
  }
  return undefined
}

/** Detection only needs a yes/no: same answer as parseInternational, without building a PhoneNumber. */
export function isInternationalPhone(raw: string): boolean {
  const cleaned = raw.replace(/^00/, '+')
  return validInternationalDigits((cleaned.startsWith('+') ? cleaned : '+' + cleaned).replace(/\D/g, ''))
}

/** Same answer as parseNational, without building a PhoneNumber. */
export function isNationalPhone(digits: string, regions: readonly PhoneRegion[]): boolean {
  for (const region of regions) if (NATIONAL_SHAPE[region].test(digits) && validNationalDigits(digits, region)) return true
  return false
}

export const ALL_REGIONS: readonly PhoneRegion[] = ['FR', 'GB', 'US', 'ES', 'PT', 'BR']

/** E.164 form of a phone written in any common format, or undefined when it is not a valid number. */
export function normalizePhoneE164(raw: string, defaultRegion?: PhoneRegion): string | undefined {
  const trimmed = raw.trim()
  const digits = trimmed.replace(/\D/g, '')
  if (digits.length < 6 || digits.length > 17) return undefined
  if (trimmed.startsWith('+') || digits.startsWith('00')) {
    return parseInternational(trimmed.startsWith('+') ? trimmed : digits)?.e164
  }
  const regions = defaultRegion ? [defaultRegion, ...ALL_REGIONS.filter((r) => r !== defaultRegion)] : ALL_REGIONS
  const national = parseNational(digits, regions)
  if (national) return national.e164
  if (defaultRegion) {
    const p = parsePhoneNumberFromString(digits, defaultRegion as CountryCode)
    if (p && p.isValid()) return p.number
  }
  return undefined
}

import { parsePhoneNumberFromString } from 'libphonenumber-js/max'

/**
 * The ways one phone number is commonly written, as search phrases. Zendesk search matches whole words, and
 * `+33 6 12 34 56 78` is the words 33, 6, 12… while `+33612345678` is one word, so each written form needs
 * its own query. Dots and dashes split words like spaces, so they need no variant of their own. Forms not
 * listed here are still found by the text scan in tickets discovered another way.
 *
 * @example phoneSearchVariants('+33612345678') // ['33612345678', '0033612345678', '0612345678', '33 6 12 34 56 78', '06 12 34 56 78']
 */
export function phoneSearchVariants(value: string): string[] {
  const trimmed = value.trim()
  const parsed = parsePhoneNumberFromString(trimmed.startsWith('+') ? trimmed : `+${trimmed.replace(/^00/, '')}`)
  if (!parsed?.isValid()) {
    const digits = trimmed.replace(/\D+/g, '')
    return digits ? [digits] : []
  }
  const national = parsed.formatNational()
  const variants = [
    parsed.number.slice(1),
    // The international prefix written as 00 (Europe, Brazil) is one word of its own: 0033612345678.
    `00${parsed.number.slice(1)}`,
    national.replace(/\D+/g, ''),
    parsed.formatInternational().replace(/^\+/, ''),
    national,
  ].map((v) => v.replace(/[^\p{L}\p{N}]+/gu, ' ').trim())
  return [...new Set(variants)].filter((v) => v !== '')
}

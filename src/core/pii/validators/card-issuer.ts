// Issuer identification ranges (IIN) with the lengths each scheme issues. A Luhn-valid number
// outside every range is most likely an order or tracking number, not a card.

interface IssuerRange {
  name: string
  from: number
  to: number
  /** Number of leading digits compared against from/to. */
  prefixLength: number
  lengths: readonly number[]
}

const R = (name: string, from: number, to: number, lengths: readonly number[]): IssuerRange => ({
  name,
  from,
  to,
  prefixLength: String(from).length,
  lengths,
})

const RANGES: readonly IssuerRange[] = [
  R('amex', 34, 34, [15]),
  R('amex', 37, 37, [15]),
  R('uatp', 1, 1, [15]),
  R('diners', 300, 305, [14, 16, 17, 18, 19]),
  R('diners', 36, 36, [14, 15, 16, 17, 18, 19]),
  R('diners', 38, 39, [14, 16, 17, 18, 19]),
  R('jcb', 3528, 3589, [16, 17, 18, 19]),
  R('visa', 4, 4, [13, 16, 19]),
  R('mastercard', 51, 55, [16]),
  R('mastercard', 2221, 2720, [16]),
  R('mir', 2200, 2204, [16, 17, 18, 19]),
  R('discover', 6011, 6011, [16, 17, 18, 19]),
  R('discover', 644, 649, [16, 17, 18, 19]),
  R('discover', 65, 65, [16, 17, 18, 19]),
  R('unionpay', 62, 62, [16, 17, 18, 19]),
  R('unionpay', 81, 81, [16, 17, 18, 19]),
  R('rupay', 60, 60, [16]),
  R('rupay', 508, 508, [16]),
  R('rupay', 353, 353, [16]),
  R('verve', 506099, 506198, [16, 18, 19]),
  // Maestro's wide ranges go last so that narrower schemes inside them win.
  R('maestro', 50, 50, [12, 13, 14, 15, 16, 17, 18, 19]),
  R('maestro', 56, 69, [12, 13, 14, 15, 16, 17, 18, 19]),
].sort((a, b) => b.prefixLength - a.prefixLength)

/** The card scheme for a digit string, or undefined when no scheme issues such numbers. */
export function cardIssuer(digits: string): string | undefined {
  for (const r of RANGES) {
    if (!r.lengths.includes(digits.length)) continue
    const prefix = Number(digits.slice(0, r.prefixLength))
    if (prefix >= r.from && prefix <= r.to) return r.name
  }
  return undefined
}

import { isValidIBAN } from 'ibantools'

/** ISO 13616 check (country code and check digits moved to the end, letters as 10..35) ≡ 1 mod 97. */
function mod97IsOne(compact: string): boolean {
  let r = 0
  for (let k = 0; k < compact.length; k++) {
    const c = compact.charCodeAt((k + 4) % compact.length)
    if (c >= 48 && c <= 57) r = (r * 10 + c - 48) % 97
    else if (c >= 65 && c <= 90) r = (r * 100 + c - 55) % 97
    else return false
  }
  return r === 1
}

/** Country length + BBAN structure + mod-97, delegated to ibantools; input may contain spaces.
 * The allocation-free mod-97 runs first: most candidates (and every retry the recognizer makes
 * after cutting a swallowed word) fail it, and ibantools costs several µs per call. */
export function ibanValid(raw: string): boolean {
  const compact = raw.replace(/[ -]/g, '')
  if (compact.length < 15 || compact.length > 34 || !mod97IsOne(compact)) return false
  return isValidIBAN(compact)
}

// UK National Insurance number: two prefix letters, six digits, suffix A-D.
// D, F, I, Q, U, V never appear; O never second; BG, GB, KN, NK, NT, TN, ZZ are not allocated.

const FIRST = /^[A-CEGHJ-PR-TW-Z]$/
const SECOND = /^[A-CEGHJ-NPR-TW-Z]$/
const BANNED_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'])

export function ukNinoValid(prefix: string, digits: string, suffix: string): boolean {
  const p = prefix.toUpperCase()
  if (p.length !== 2 || !FIRST.test(p.charAt(0)) || !SECOND.test(p.charAt(1))) return false
  if (BANNED_PREFIXES.has(p)) return false
  if (!/^\d{6}$/.test(digits) || digits === '000000') return false
  return /^[A-D]$/i.test(suffix)
}

/** Remainder of a long decimal string, computed in chunks to stay within safe integers. */
export function decimalMod(digits: string, m: number): number {
  let r = 0
  for (let i = 0; i < digits.length; i += 7) {
    const part = digits.slice(i, i + 7)
    r = Number(String(r) + part) % m
  }
  return r
}

export function allSameDigit(digits: string): boolean {
  for (let i = 1; i < digits.length; i++) if (digits.charCodeAt(i) !== digits.charCodeAt(0)) return false
  return true
}

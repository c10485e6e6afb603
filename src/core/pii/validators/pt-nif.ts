// Portuguese NIF (número de contribuinte): 9 digits, weights 9..2, check = 11 - sum mod 11 (10/11 → 0).

const VALID_PREFIX = /^(?:[1235689]|45|7[0-9])/

export function ptNifValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || !VALID_PREFIX.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += (digits.charCodeAt(i) - 48) * (9 - i)
  const rest = sum % 11
  const check = rest < 2 ? 0 : 11 - rest
  return check === digits.charCodeAt(8) - 48
}

/** Individuals (1, 2, 3) and non-residents (45) hold personal NIFs; the others are companies. */
export function ptNifIsPersonal(digits: string): boolean {
  return /^(?:[123]|45)/.test(digits)
}

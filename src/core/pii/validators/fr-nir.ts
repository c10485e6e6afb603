import { decimalMod } from './mod'

// French social security number (NIR): sex, year, month, department (2A/2B for Corsica,
// 3-digit overseas), commune, order number, then a 2-digit key = 97 - (number mod 97).
// For Corsica the key is computed with 2A → 19 and 2B → 18 in place of the department.

const MONTH_OK = (m: number): boolean => (m >= 1 && m <= 12) || (m >= 20 && m <= 42) || (m >= 50 && m <= 99)

export function frNirValid(raw: string): boolean {
  const s = raw.replace(/[ .-]/g, '').toUpperCase()
  if (s.length !== 15) return false
  if (!/^[1-478]\d{4}(?:\d\d|2A|2B)\d{8}$/.test(s)) return false
  const month = Number(s.slice(3, 5))
  if (!MONTH_OK(month)) return false
  const dept = s.slice(5, 7)
  if (dept === '00' || dept === '20') return false
  let body = s.slice(0, 13)
  if (dept === '2A') body = body.slice(0, 5) + '19' + body.slice(7)
  else if (dept === '2B') body = body.slice(0, 5) + '18' + body.slice(7)
  const key = Number(s.slice(13))
  if (key < 1 || key > 97) return false
  return 97 - decimalMod(body, 97) === key
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Real calendar date; years are bounded to what a living person's birth date can be. */
export function plausibleDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1900 || year > 2099) return false
  if (month < 1 || month > 12 || day < 1) return false
  const max = DAYS[month - 1] as number
  if (day > max) return false
  if (month === 2 && day === 29) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return true
}

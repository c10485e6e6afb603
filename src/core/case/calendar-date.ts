/**
 * Calendar dates as `YYYY-MM-DD` strings. Deadlines are counted in whole days in the agent's calendar, so
 * no time of day or time zone is involved: the day the request arrived is a date, not an instant.
 */
export type IsoDate = string

export interface CalendarDate {
  year: number
  /** 1–12 */
  month: number
  /** 1–31 */
  day: number
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Parses `YYYY-MM-DD`; undefined for anything else, including impossible dates like `2023-02-29`. */
export function parseIsoDate(value: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(value)
  if (!match) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return { year, month, day }
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== undefined
}

export function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function requireDate(value: IsoDate): CalendarDate {
  const date = parseIsoDate(value)
  if (!date) throw new RangeError(`"${value}" is not a calendar date in YYYY-MM-DD form.`)
  return date
}

/** Days since 1970-01-01; Date.UTC is used only as a calendar, never as a clock. */
export function toDayNumber(value: IsoDate): number {
  const { year, month, day } = requireDate(value)
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000)
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const date = new Date(dayNumber * 86_400_000)
  return formatIsoDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() })
}

export function addDays(value: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(value) + days)
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from)
}

/**
 * The same day `months` later, clamped to the last day of the target month: 31 January + 1 month is
 * 28 February (29 in a leap year). This is how EU law counts periods expressed in months (Regulation
 * 1182/71, art. 3(2)(c)), which is what the GDPR's "one month" means.
 */
export function addMonthsClamped(value: IsoDate, months: number): IsoDate {
  const { year, month, day } = requireDate(value)
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = (index % 12) + 1
  return formatIsoDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) })
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(value: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(value) + 4) % 7) + 7) % 7
}

export function isBusinessDay(value: IsoDate): boolean {
  const weekday = dayOfWeek(value)
  return weekday !== 0 && weekday !== 6
}

/**
 * The date `count` business days (Monday to Friday) after `value`; the start day itself is not counted.
 * Public holidays are not known to the app, so they are counted as business days: the result is never
 * later than the legal deadline, only possibly earlier.
 */
export function addBusinessDays(value: IsoDate, count: number): IsoDate {
  let dayNumber = toDayNumber(value)
  let remaining = count
  while (remaining > 0) {
    dayNumber += 1
    if (isBusinessDay(fromDayNumber(dayNumber))) remaining -= 1
  }
  return fromDayNumber(dayNumber)
}

/** The agent's local calendar date for an instant (the clock is injected by the caller). */
export function localIsoDate(instant: Date): IsoDate {
  return formatIsoDate({ year: instant.getFullYear(), month: instant.getMonth() + 1, day: instant.getDate() })
}

/** `YYYY-MM-DD` → `YYYYMMDD`, the form used inside ticket tags. */
export function compactIsoDate(value: IsoDate): string {
  return value.replaceAll('-', '')
}

/** `YYYYMMDD` → `YYYY-MM-DD`, or undefined when it is not a valid date. */
export function expandCompactDate(value: string): IsoDate | undefined {
  if (!/^\d{8}$/.test(value)) return undefined
  const iso = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`
  return parseIsoDate(iso) ? iso : undefined
}

// @vitest-environment node
import {
  addBusinessDays,
  addDays,
  addMonthsClamped,
  dayOfWeek,
  daysBetween,
  expandCompactDate,
  isLeapYear,
  parseIsoDate,
} from '../../../src/core/case/calendar-date'

test.each([
  [2024, true],
  [2023, false],
  [2000, true],
  [1900, false],
  [2100, false],
])('isLeapYear(%i) is %s', (year, expected) => {
  expect(isLeapYear(year)).toBe(expected)
})

test.each([
  ['2024-02-29', { year: 2024, month: 2, day: 29 }],
  ['2023-02-29', undefined],
  ['2024-13-01', undefined],
  ['2024-04-31', undefined],
  ['24-01-01', undefined],
  ['2024-1-1', undefined],
])('parseIsoDate(%s)', (input, expected) => {
  expect(parseIsoDate(input)).toEqual(expected)
})

test.each([
  ['2024-01-15', 1, '2024-02-15'],
  ['2024-01-31', 1, '2024-02-29'],
  ['2023-01-31', 1, '2023-02-28'],
  ['2024-03-31', 1, '2024-04-30'],
  ['2024-12-31', 1, '2025-01-31'],
  ['2024-11-30', 3, '2025-02-28'],
  ['2024-01-31', 3, '2024-04-30'],
  ['2024-02-29', 12, '2025-02-28'],
  ['2024-02-29', 48, '2028-02-29'],
])('addMonthsClamped(%s, %i) = %s', (from, months, expected) => {
  expect(addMonthsClamped(from, months)).toBe(expected)
})

test.each([
  ['2024-02-28', 1, '2024-02-29'],
  ['2023-02-28', 1, '2023-03-01'],
  ['2024-12-31', 1, '2025-01-01'],
  ['2024-01-01', 45, '2024-02-15'],
  ['2024-03-01', -1, '2024-02-29'],
])('addDays(%s, %i) = %s', (from, days, expected) => {
  expect(addDays(from, days)).toBe(expected)
})

test('daysBetween counts whole calendar days across a leap day and a year end', () => {
  expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
  expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1)
  expect(daysBetween('2024-12-30', '2025-01-02')).toBe(3)
  expect(daysBetween('2025-01-02', '2024-12-30')).toBe(-3)
})

test('dayOfWeek knows Mondays and Sundays', () => {
  expect(dayOfWeek('2024-03-04')).toBe(1)
  expect(dayOfWeek('2024-03-03')).toBe(0)
  expect(dayOfWeek('1970-01-01')).toBe(4)
})

test.each([
  // Friday + 10 business days = the Friday two weeks later.
  ['2024-03-01', 10, '2024-03-15'],
  // Saturday: counting starts on Monday.
  ['2024-03-02', 1, '2024-03-04'],
  ['2024-03-02', 10, '2024-03-15'],
  // Across a year end and a leap day.
  ['2024-12-27', 3, '2025-01-01'],
  ['2024-02-26', 5, '2024-03-04'],
  ['2024-03-04', 0, '2024-03-04'],
])('addBusinessDays(%s, %i) = %s', (from, count, expected) => {
  expect(addBusinessDays(from, count)).toBe(expected)
})

test('compact tag dates expand only when valid', () => {
  expect(expandCompactDate('20240229')).toBe('2024-02-29')
  expect(expandCompactDate('20230229')).toBeUndefined()
  expect(expandCompactDate('2024022')).toBeUndefined()
})

test('invalid dates are refused loudly by the arithmetic', () => {
  expect(() => addDays('2024-02-30', 1)).toThrow(RangeError)
})

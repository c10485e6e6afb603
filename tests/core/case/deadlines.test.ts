// @vitest-environment node
import { canExtend, computeDeadlines } from '../../../src/core/case/deadlines'
import { countdownTo } from '../../../src/core/case/countdown'
import { jurisdictionFromSetting } from '../../../src/core/case/jurisdictions'

test.each([
  // GDPR: the same day next month, clamped to the month's last day.
  ['2024-01-15', '2024-02-15', '2024-04-15'],
  ['2024-01-31', '2024-02-29', '2024-04-30'],
  ['2023-01-31', '2023-02-28', '2023-04-30'],
  ['2024-03-31', '2024-04-30', '2024-06-30'],
  ['2024-11-30', '2024-12-30', '2025-02-28'],
  ['2024-12-31', '2025-01-31', '2025-03-31'],
  ['2023-12-29', '2024-01-29', '2024-03-29'],
])('GDPR request received %s is due %s, at the latest %s with the extension', (received, due, extended) => {
  expect(computeDeadlines(received, 'gdpr', false)).toEqual({ dueOn: due, extendedDueOn: extended, effectiveDueOn: due, acknowledgeBy: null })
  expect(computeDeadlines(received, 'gdpr', true).effectiveDueOn).toBe(extended)
})

test('CCPA/CPRA: 45 days, 45 more with the extension, receipt confirmed within 10 business days', () => {
  expect(computeDeadlines('2024-03-01', 'ccpa', false)).toEqual({
    dueOn: '2024-04-15',
    extendedDueOn: '2024-05-30',
    effectiveDueOn: '2024-04-15',
    acknowledgeBy: '2024-03-15',
  })
  // Across February of a leap year and a year end.
  expect(computeDeadlines('2024-01-20', 'ccpa', false).dueOn).toBe('2024-03-05')
  expect(computeDeadlines('2023-01-20', 'ccpa', false).dueOn).toBe('2023-03-06')
  expect(computeDeadlines('2024-12-20', 'ccpa', true).effectiveDueOn).toBe('2025-03-20')
  expect(computeDeadlines('2024-12-20', 'ccpa', false).acknowledgeBy).toBe('2025-01-03')
})

test('LGPD: 15 days and no extension, even when the case says extended', () => {
  expect(computeDeadlines('2024-02-20', 'lgpd', true)).toEqual({
    dueOn: '2024-03-06',
    extendedDueOn: null,
    effectiveDueOn: '2024-03-06',
    acknowledgeBy: null,
  })
  expect(canExtend('lgpd')).toBe(false)
  expect(canExtend('gdpr')).toBe(true)
})

test.each([
  ['2024-03-01', '2024-02-01', { daysLeft: 29, state: 'on_track' }],
  ['2024-03-01', '2024-02-23', { daysLeft: 7, state: 'due_soon' }],
  ['2024-03-01', '2024-03-01', { daysLeft: 0, state: 'due_today' }],
  ['2024-03-01', '2024-03-04', { daysLeft: -3, state: 'overdue' }],
])('countdown to %s seen on %s', (due, today, expected) => {
  expect(countdownTo(due, today)).toEqual(expected)
})

test('the admin setting picks a default jurisdiction; CPRA means CCPA and garbage means none', () => {
  expect(jurisdictionFromSetting(' GDPR ')).toBe('gdpr')
  expect(jurisdictionFromSetting('cpra')).toBe('ccpa')
  expect(jurisdictionFromSetting('hipaa')).toBeNull()
  expect(jurisdictionFromSetting(undefined)).toBeNull()
})

import { daysBetween, type IsoDate } from './calendar-date'

export const COUNTDOWN_STATES = ['on_track', 'due_soon', 'due_today', 'overdue'] as const
export type CountdownState = (typeof COUNTDOWN_STATES)[number]

export interface Countdown {
  /** Whole days from today to the due date; negative once overdue. */
  daysLeft: number
  state: CountdownState
}

/** How the deadline looks from `today` (the agent's calendar date, injected). */
export function countdownTo(dueOn: IsoDate, today: IsoDate, dueSoonDays = 7): Countdown {
  const daysLeft = daysBetween(today, dueOn)
  const state: CountdownState = daysLeft < 0 ? 'overdue' : daysLeft === 0 ? 'due_today' : daysLeft <= dueSoonDays ? 'due_soon' : 'on_track'
  return { daysLeft, state }
}

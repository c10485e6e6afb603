import { addBusinessDays, addDays, addMonthsClamped, type IsoDate } from './calendar-date'
import { JURISDICTION_RULES, type Jurisdiction, type Period } from './jurisdictions'

export interface Deadlines {
  /** The answer is due by the end of this day without an extension. */
  dueOn: IsoDate
  /** The latest possible date with the extension; null when the law allows none. */
  extendedDueOn: IsoDate | null
  /** The due date that applies now: `extendedDueOn` once the case is extended, else `dueOn`. */
  effectiveDueOn: IsoDate
  /** Receipt must be confirmed by this day (CCPA/CPRA); null when the law does not ask for it. */
  acknowledgeBy: IsoDate | null
}

function addPeriod(from: IsoDate, period: Period): IsoDate {
  return period.unit === 'months' ? addMonthsClamped(from, period.amount) : addDays(from, period.amount)
}

function sum(a: Period, b: Period): Period {
  // Both periods of a rule share a unit; months are added before clamping so that 31 January
  // extended by two more months ends on 30 April, not on 28 April (clamped February plus two).
  return { unit: a.unit, amount: a.amount + b.amount }
}

/**
 * The deadlines of a request received on `receivedOn` under `jurisdiction`. The day of receipt is day 0,
 * so a CCPA request received on 1 March is due on 15 April (45 days later).
 */
export function computeDeadlines(receivedOn: IsoDate, jurisdiction: Jurisdiction, isExtended: boolean): Deadlines {
  const rule = JURISDICTION_RULES[jurisdiction]
  const dueOn = addPeriod(receivedOn, rule.response)
  const extendedDueOn = rule.extension ? addPeriod(receivedOn, sum(rule.response, rule.extension)) : null
  return {
    dueOn,
    extendedDueOn,
    effectiveDueOn: isExtended && extendedDueOn ? extendedDueOn : dueOn,
    acknowledgeBy: rule.acknowledgementBusinessDays === null ? null : addBusinessDays(receivedOn, rule.acknowledgementBusinessDays),
  }
}

export function canExtend(jurisdiction: Jurisdiction): boolean {
  return JURISDICTION_RULES[jurisdiction].extension !== null
}

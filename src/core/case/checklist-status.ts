import { OBLIGATIONS, emptyChecklist, type ChecklistStatus } from '../checklist/obligations'
import type { RequestCase } from './request-case'

/**
 * The checklist as the case describes it: a status an agent or a step recorded wins; otherwise an
 * obligation the person did not ask for is "not applicable" and one they asked for is "not started".
 * With no request types recorded yet, every obligation is still open.
 */
export function deriveChecklistStatus(value: RequestCase | null): ChecklistStatus {
  const status = emptyChecklist()
  if (!value) return status
  for (const obligation of OBLIGATIONS) {
    const recorded = value.obligations[obligation]
    if (recorded) status[obligation] = recorded
    else if (value.requestTypes.length > 0 && !value.requestTypes.includes(obligation)) status[obligation] = 'not_applicable'
  }
  return status
}

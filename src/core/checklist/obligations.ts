/** The five obligations, in the order the guide presents them. */
export const OBLIGATIONS = ['access', 'correction', 'erasure', 'portability', 'objection'] as const
export type Obligation = (typeof OBLIGATIONS)[number]

export const OBLIGATION_STATUSES = ['not_started', 'in_progress', 'done', 'not_applicable'] as const
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number]

export type ChecklistStatus = Record<Obligation, ObligationStatus>

export function emptyChecklist(): ChecklistStatus {
  return { access: 'not_started', correction: 'not_started', erasure: 'not_started', portability: 'not_started', objection: 'not_started' }
}

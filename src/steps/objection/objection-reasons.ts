/** Why the person objected; recorded as a code in the evidence (free text could carry personal data). */
export const OBJECTION_REASONS = ['direct_marketing', 'notifications', 'all_processing', 'other'] as const
export type ObjectionReason = (typeof OBJECTION_REASONS)[number]

export function isObjectionReason(value: unknown): value is ObjectionReason {
  return typeof value === 'string' && (OBJECTION_REASONS as readonly string[]).includes(value)
}

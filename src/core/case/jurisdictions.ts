/**
 * The privacy laws the app knows deadlines for. Each rule is data, so the deadline maths stays one small
 * function and a new law is one entry. (Not legal advice: the admin picks the default in the settings.)
 */
export const JURISDICTIONS = ['gdpr', 'ccpa', 'lgpd'] as const
export type Jurisdiction = (typeof JURISDICTIONS)[number]

export type Period = { unit: 'months'; amount: number } | { unit: 'days'; amount: number }

export interface JurisdictionRule {
  /** Time to answer, counted from the day the request was received. */
  response: Period
  /** How much longer the controller may take, with a reason given to the person; null when it may not. */
  extension: Period | null
  /** Business days to confirm receipt of the request, when the law asks for it. */
  acknowledgementBusinessDays: number | null
}

export const JURISDICTION_RULES: Record<Jurisdiction, JurisdictionRule> = {
  // GDPR art. 12(3): one month, extendable by two further months given the complexity and number of requests.
  gdpr: { response: { unit: 'months', amount: 1 }, extension: { unit: 'months', amount: 2 }, acknowledgementBusinessDays: null },
  // CCPA as amended by the CPRA (Cal. Code Regs. tit. 11 §7021): confirm within 10 business days,
  // answer within 45 calendar days, once extendable by 45 more with notice and a reason.
  ccpa: { response: { unit: 'days', amount: 45 }, extension: { unit: 'days', amount: 45 }, acknowledgementBusinessDays: 10 },
  // LGPD art. 19(II): a complete answer within 15 days; the law provides no extension.
  lgpd: { response: { unit: 'days', amount: 15 }, extension: null, acknowledgementBusinessDays: null },
}

export function isJurisdiction(value: unknown): value is Jurisdiction {
  return typeof value === 'string' && (JURISDICTIONS as readonly string[]).includes(value)
}

/** Reads the admin's `default_jurisdiction` setting; anything unknown means "let the agent choose". */
export function jurisdictionFromSetting(value: unknown): Jurisdiction | null {
  const normalised = typeof value === 'string' ? value.trim().toLowerCase() : ''
  if (normalised === 'cpra') return 'ccpa'
  return isJurisdiction(normalised) ? normalised : null
}

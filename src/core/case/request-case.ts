import { OBLIGATIONS, OBLIGATION_STATUSES, type Obligation, type ObligationStatus } from '../checklist/obligations'
import type { IsoDate } from './calendar-date'
import type { Jurisdiction } from './jurisdictions'

/**
 * The request ("case"): what the person asked for, when, under which law, how their identity was
 * checked, and how far each obligation has got. It holds codes and dates only, never personal data,
 * because it is written to the request ticket for every agent to see.
 */
export const REQUEST_TYPES = OBLIGATIONS
export type RequestType = Obligation

export const VERIFICATION_METHODS = [
  'email_on_file',
  'signed_in',
  'identity_document',
  'security_questions',
  'phone_callback',
  'other',
] as const
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number]

/** Why the deadline was extended; codes, so the reason can be recorded without free text. */
export const EXTENSION_REASONS = ['complexity', 'number_of_requests', 'other'] as const
export type ExtensionReason = (typeof EXTENSION_REASONS)[number]

export interface CaseExtension {
  reason: ExtensionReason
  /** The day the extension was decided (the person must be told within the first period). */
  decidedOn: IsoDate
}

export interface RequestCase {
  requestTypes: RequestType[]
  receivedOn: IsoDate | null
  jurisdiction: Jurisdiction | null
  /** How the requester's identity was verified; null until it has been. */
  verification: VerificationMethod | null
  extension: CaseExtension | null
  /** When receipt was confirmed to the person (CCPA/CPRA asks for it within 10 business days). */
  acknowledgedOn: IsoDate | null
  /** Statuses the agents set or the steps recorded; obligations absent here are derived (see checklist-status). */
  obligations: Partial<Record<Obligation, ObligationStatus>>
}

export function emptyCase(defaults: { jurisdiction?: Jurisdiction | null; receivedOn?: IsoDate | null } = {}): RequestCase {
  return {
    requestTypes: [],
    receivedOn: defaults.receivedOn ?? null,
    jurisdiction: defaults.jurisdiction ?? null,
    verification: null,
    extension: null,
    acknowledgedOn: null,
    obligations: {},
  }
}

/** A change to the case: only the given fields change, so two agents editing different fields both win. */
export type CasePatch = Partial<Omit<RequestCase, 'obligations'>> & { obligations?: Partial<Record<Obligation, ObligationStatus>> }

export function applyCasePatch(current: RequestCase, patch: CasePatch): RequestCase {
  const next: RequestCase = { ...current, ...patch, obligations: { ...current.obligations, ...patch.obligations } }
  // Request types are kept in the guide's order whatever order they were ticked in.
  next.requestTypes = REQUEST_TYPES.filter((type) => next.requestTypes.includes(type))
  return next
}

export function isObligationStatus(value: unknown): value is ObligationStatus {
  return typeof value === 'string' && (OBLIGATION_STATUSES as readonly string[]).includes(value)
}

export function isVerificationMethod(value: unknown): value is VerificationMethod {
  return typeof value === 'string' && (VERIFICATION_METHODS as readonly string[]).includes(value)
}

export function isExtensionReason(value: unknown): value is ExtensionReason {
  return typeof value === 'string' && (EXTENSION_REASONS as readonly string[]).includes(value)
}

/** Whether two cases say the same thing (used to skip writes that would change nothing). */
export function sameCase(a: RequestCase, b: RequestCase): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b))
}

function normalise(value: RequestCase): unknown {
  const obligations = Object.fromEntries(OBLIGATIONS.flatMap((o) => (value.obligations[o] ? [[o, value.obligations[o]]] : [])))
  return { ...value, requestTypes: REQUEST_TYPES.filter((t) => value.requestTypes.includes(t)), obligations }
}

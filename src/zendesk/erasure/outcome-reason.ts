import type { OutcomeReason } from '../../core/erasure/erasure-journal'
import { toApiError, type ApiErrorKind } from '../api-error'

const BY_KIND: Record<ApiErrorKind, OutcomeReason> = {
  rate_limited: 'rate_limited',
  server: 'server',
  timeout: 'timeout',
  network: 'network',
  unauthorized: 'forbidden',
  forbidden: 'forbidden',
  not_found: 'not_found',
  invalid: 'invalid',
  conflict: 'conflict',
  malformed: 'malformed',
  unknown: 'unknown',
}

/** A reason code for the journal and the evidence: never Zendesk's free text, which may quote personal data. */
export function outcomeReason(error: unknown): OutcomeReason {
  return BY_KIND[toApiError(error).kind]
}

/** Failures after which the write may still have landed: verify by re-reading before deciding. */
export function mayHaveLanded(error: unknown): boolean {
  const kind = toApiError(error).kind
  return kind === 'server' || kind === 'timeout' || kind === 'network' || kind === 'malformed' || kind === 'unknown'
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException ? error.name === 'AbortError' : error instanceof Error && error.name === 'AbortError'
}

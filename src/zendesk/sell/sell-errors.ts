import { toApiError, type ApiErrorKind } from '../api-error'

export interface SellErrorInfo {
  /** The app's normalised kind: `unauthorized` (missing or wrong token), `rate_limited`, `server`, `network`… */
  kind: ApiErrorKind
  status: number
  /** Sell's own code (`invalid_user_agent`, `unauthorized`, `not_found`…) when its error envelope has one. */
  code?: string
}

/**
 * Reads a failed Sell call. Sell's error envelope is `{errors: [{error: {code, message}, meta}], meta}`
 * (basecrm clients' `errors.py`), which the Support error reader does not know; the status mapping is
 * the same for both, so the kind comes from the shared normaliser and only the code is Sell's.
 */
export function describeSellError(raw: unknown): SellErrorInfo {
  const error = toApiError(raw)
  const first = Array.isArray(error.details) ? (error.details[0] as { error?: { code?: unknown } } | undefined) : undefined
  const code = typeof first?.error?.code === 'string' ? first.error.code : error.code
  return { kind: error.kind, status: error.status, ...(code ? { code } : {}) }
}

import { toApiError, type ZendeskApiError } from '../zendesk/api-error'
import { fieldErrors, type FieldError } from '../zendesk/field-errors'

export type UserWriteProblem =
  | { kind: 'shared' }
  | { kind: 'forbidden' }
  | { kind: 'invalid'; fields: FieldError[]; description: string | undefined }
  | { kind: 'other'; error: ZendeskApiError }

/**
 * Why a user or identity write failed, in the terms the agent can act on. Zendesk refuses changes to a
 * user shared in through ticket sharing with 403, like a missing permission; the user record says which.
 */
export function explainUserWriteError(error: unknown, user: { shared?: boolean; shared_agent?: boolean }): UserWriteProblem {
  const apiError = toApiError(error)
  if (apiError.kind === 'forbidden') return user.shared || user.shared_agent ? { kind: 'shared' } : { kind: 'forbidden' }
  if (apiError.kind === 'invalid') return { kind: 'invalid', fields: fieldErrors(apiError), description: apiError.description }
  return { kind: 'other', error: apiError }
}

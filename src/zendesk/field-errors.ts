import type { ZendeskApiError } from './api-error'

export interface FieldError {
  /** The field Zendesk named (`phone`, `value`, `name`, `base`…). */
  field: string
  /** Zendesk's code, e.g. `BlankValue`, `DuplicateValue`, `InvalidValue`. */
  code: string | undefined
  /** Zendesk's sentence; may quote the submitted value, so it is shown to the agent and never logged. */
  description: string | undefined
}

/**
 * The per-field reasons of a 422 `RecordInvalid` (reference §5.6: `details` keyed by field or `base`,
 * each an array of `{description, error}`); empty for any other error.
 */
export function fieldErrors(error: ZendeskApiError): FieldError[] {
  const details = error.details
  if (!details || typeof details !== 'object' || Array.isArray(details)) return []
  const out: FieldError[] = []
  for (const [field, entries] of Object.entries(details as Record<string, unknown>)) {
    for (const entry of Array.isArray(entries) ? entries : [entries]) {
      if (!entry || typeof entry !== 'object') continue
      const record = entry as Record<string, unknown>
      out.push({
        field: typeof record.field_key === 'string' ? record.field_key : field,
        code: typeof record.error === 'string' ? record.error : undefined,
        description: typeof record.description === 'string' ? record.description : undefined,
      })
    }
  }
  return out
}

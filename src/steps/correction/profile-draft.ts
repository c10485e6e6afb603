import type { UserChanges } from '../../zendesk/endpoints/user-updates'
import type { ZendeskUser } from '../../zendesk/schemas/user-schemas'

/** The profile fields a correction edits (reference §1.8); user fields are edited when they hold text or numbers. */
export const PROFILE_FIELDS = ['name', 'phone', 'details', 'notes'] as const
export type ProfileField = (typeof PROFILE_FIELDS)[number]

export interface ProfileDraft {
  fields: Record<ProfileField, string>
  userFields: Record<string, string>
}

export interface ProfileChange {
  /** `name`, `phone`, `details`, `notes` or `user_fields.<key>`. */
  field: string
  before: string
  after: string
}

function editableUserFields(user: ZendeskUser): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {}
  for (const [key, value] of Object.entries(user.user_fields ?? {})) {
    // Checkboxes, dates and dropdowns need their field definitions to be edited safely; text and numbers do not.
    if (value === null || typeof value === 'string' || typeof value === 'number') out[key] = value
  }
  return out
}

export function draftFromUser(user: ZendeskUser): ProfileDraft {
  return {
    fields: { name: user.name ?? '', phone: user.phone ?? '', details: user.details ?? '', notes: user.notes ?? '' },
    userFields: Object.fromEntries(Object.entries(editableUserFields(user)).map(([key, value]) => [key, value === null ? '' : String(value)])),
  }
}

/** What the draft changes, field by field, for the before/after review. Whitespace-only edits count as none. */
export function diffProfile(user: ZendeskUser, draft: ProfileDraft): ProfileChange[] {
  const original = draftFromUser(user)
  const changes: ProfileChange[] = []
  for (const field of PROFILE_FIELDS) {
    const before = original.fields[field]
    const after = draft.fields[field].trim()
    if (after !== before.trim()) changes.push({ field, before, after })
  }
  for (const [key, before] of Object.entries(original.userFields)) {
    const after = (draft.userFields[key] ?? before).trim()
    if (after !== before.trim()) changes.push({ field: `user_fields.${key}`, before, after })
  }
  return changes
}

/** The one Update User payload for all the changes: one request, so the 5-per-minute limit is spent once. */
export function toUserChanges(user: ZendeskUser, changes: readonly ProfileChange[]): UserChanges {
  const payload: UserChanges = {}
  const numeric = editableUserFields(user)
  for (const change of changes) {
    if (change.field.startsWith('user_fields.')) {
      const key = change.field.slice('user_fields.'.length)
      const wasNumber = typeof numeric[key] === 'number'
      const value = change.after === '' ? null : wasNumber && Number.isFinite(Number(change.after)) ? Number(change.after) : change.after
      payload.user_fields = { ...payload.user_fields, [key]: value }
    } else {
      // Zendesk clears a phone number with "" (reference §1.8); the other fields accept "" too.
      payload[change.field as ProfileField] = change.after
    }
  }
  return payload
}

/** Whether Zendesk now holds what was asked (re-read after the write). Phones may come back normalised. */
export function changeLanded(user: ZendeskUser, change: ProfileChange): boolean {
  const now = draftFromUser(user)
  const actual = change.field.startsWith('user_fields.') ? (now.userFields[change.field.slice('user_fields.'.length)] ?? '') : now.fields[change.field as ProfileField]
  if (change.field === 'phone') return actual.replace(/[^\d+]/g, '') === change.after.replace(/[^\d+]/g, '')
  return actual.trim() === change.after
}

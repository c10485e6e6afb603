import { normalizePhoneE164 } from './recognizers/phone-number'

export { normalizePhoneE164 }

/** Case-insensitive, `mailto:`-free and without plus-addressing: jane+tickets@Example.com → jane@example.com. */
export function normalizeEmail(raw: string): string {
  const email = raw.trim().replace(/^mailto:/i, '').toLowerCase()
  const at = email.lastIndexOf('@')
  if (at <= 0) return email
  const local = email.slice(0, at)
  const plus = local.indexOf('+')
  return (plus > 0 ? local.slice(0, plus) : local) + email.slice(at)
}

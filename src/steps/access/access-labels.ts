import type { AccessSummary } from '../../core/export/access-summary'
import type { Translate } from '../../i18n/create-translator'

const KNOWN_IDENTITY_TYPES = ['email', 'phone_number', 'twitter', 'facebook', 'google', 'sdk', 'messaging', 'microsoft']
const KNOWN_PROFILE_FIELDS = ['name', 'email', 'phone', 'alias', 'details', 'notes', 'external_id', 'locale', 'time_zone', 'tags']

export function profileFieldLabel(t: Translate, field: string): string {
  if (field.startsWith('user_fields.')) return t('access.userField', { key: field.slice('user_fields.'.length) })
  return KNOWN_PROFILE_FIELDS.includes(field) ? t(`access.field.${field}`) : field
}

export function identityTypeLabel(t: Translate, type: string): string {
  return KNOWN_IDENTITY_TYPES.includes(type) ? t(`access.identityType.${type}`) : type
}

/**
 * The summary as plain text in the agent's language, to paste into the reply to the person. It holds
 * categories and counts, not the data itself (that is the export's job).
 */
export function accessSummaryText(t: Translate, summary: AccessSummary): string {
  const lines: string[] = [t('access.text.heading'), '']
  lines.push(`${t('access.profile')}: ${summary.profileFields.map((f) => profileFieldLabel(t, f)).join(', ') || t('access.none')}`)
  lines.push(`${t('access.identities')}: ${summary.identities.map((i) => `${identityTypeLabel(t, i.type)} (${i.count})`).join(', ') || t('access.none')}`)
  lines.push(`${t('access.organizations')}: ${summary.organizations.map((o) => o.name ?? `#${o.id}`).join(', ') || t('access.none')}`)
  lines.push(t('access.ticketsTotal', { count: summary.tickets.total }))
  for (const [role, count] of Object.entries(summary.tickets.byRole)) lines.push(`  - ${t(`access.role.${role}`)}: ${count}`)
  for (const [status, count] of Object.entries(summary.tickets.byStatus)) lines.push(`  - ${t(`access.status.${status}`)}: ${count}`)
  lines.push(t('access.attachments', { count: summary.attachments.total }))
  lines.push(t('access.recordings', { count: summary.recordings }))
  const findings = Object.entries(summary.findings)
  if (findings.length > 0) lines.push(`${t('access.findings')}: ${findings.map(([type, count]) => `${t(`access.piiType.${type}`)} (${count})`).join(', ')}`)
  lines.push('', `${t('access.purposes')}:`)
  for (const purpose of summary.purposes) lines.push(`  - ${purpose}`)
  if (summary.purposes.length === 0) lines.push(`  - ${t('access.purposesNone')}`)
  return lines.join('\n')
}

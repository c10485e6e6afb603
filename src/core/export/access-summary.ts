import { SUBJECT_ROLES, TICKET_STATUSES, type Inventory, type SubjectRole, type TicketStatus } from '../inventory/inventory-types'
import type { PiiType } from '../pii/types'
import type { SourceIdentity, SourceMembership, SourceUser } from './export-input'

/**
 * The access summary: where Zendesk holds the subject's data and for what purposes, in counts and
 * categories. It is what the agent tells the person; the export is the data itself.
 */
export interface AccessSummary {
  /** Profile fields that hold a value (`name`, `phone`, `notes`, `user_fields.<key>`…). */
  profileFields: string[]
  identities: { type: string; count: number }[]
  organizations: { id: number; name: string | null; isDefault: boolean }[]
  tickets: {
    total: number
    byRole: Partial<Record<SubjectRole, number>>
    byStatus: Partial<Record<TicketStatus, number>>
  }
  attachments: { total: number; identityDocuments: number }
  recordings: number
  /** Personal data found in ticket text, by type (dismissed findings are left out). */
  findings: Partial<Record<PiiType, number>>
  sell: { status: 'not_connected' | 'included' | 'failed'; contacts: number; leads: number }
  purposes: string[]
  /** False when the inventory could not read everything; the agent should say so. */
  complete: boolean
  /** Null until an inventory was built: then only the profile part is known. */
  inventoryBuiltAt: string | null
}

const PROFILE_FIELDS = ['name', 'email', 'phone', 'alias', 'details', 'notes', 'external_id', 'locale', 'time_zone'] as const

function hasValue(value: unknown): boolean {
  return value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '') && !(Array.isArray(value) && value.length === 0)
}

/** One purpose per line in the app setting; blank lines and duplicates dropped. */
export function parsePurposes(setting: unknown): string[] {
  if (typeof setting !== 'string') return []
  return [...new Set(setting.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))]
}

export interface AccessSummaryInput {
  user: SourceUser
  identities: readonly SourceIdentity[]
  memberships: readonly SourceMembership[]
  organizationNames: ReadonlyMap<number, string>
  inventory: Inventory | null
  purposes: readonly string[]
  sell?: AccessSummary['sell']
}

export function summarizeAccess(input: AccessSummaryInput): AccessSummary {
  const { user, inventory } = input
  const record = user as unknown as Record<string, unknown>
  const profileFields: string[] = PROFILE_FIELDS.filter((field) => hasValue(record[field]))
  if (hasValue(user.tags)) profileFields.push('tags')
  for (const [key, value] of Object.entries(user.user_fields ?? {})) if (hasValue(value)) profileFields.push(`user_fields.${key}`)

  const identityCounts = new Map<string, number>()
  for (const identity of input.identities) identityCounts.set(identity.type, (identityCounts.get(identity.type) ?? 0) + 1)

  const byRole: Partial<Record<SubjectRole, number>> = {}
  const byStatus: Partial<Record<TicketStatus, number>> = {}
  let attachments = 0
  let identityDocuments = 0
  let recordings = 0
  for (const ticket of inventory?.tickets ?? []) {
    for (const role of ticket.roles) byRole[role] = (byRole[role] ?? 0) + 1
    byStatus[ticket.status] = (byStatus[ticket.status] ?? 0) + 1
    attachments += ticket.attachments.length
    identityDocuments += ticket.attachments.filter((a) => a.looksLikeIdentityDocument).length
    recordings += ticket.voiceRecordings.length
  }
  const findings: Partial<Record<PiiType, number>> = {}
  for (const finding of inventory?.findings ?? []) if (finding.review !== 'dismissed') findings[finding.type] = (findings[finding.type] ?? 0) + 1

  return {
    profileFields,
    identities: [...identityCounts].map(([type, count]) => ({ type, count })).sort((a, b) => a.type.localeCompare(b.type)),
    organizations: input.memberships.map((m) => ({ id: m.organization_id, name: input.organizationNames.get(m.organization_id) ?? null, isDefault: m.default ?? false })),
    tickets: { total: inventory?.tickets.length ?? 0, byRole: ordered(byRole, SUBJECT_ROLES), byStatus: ordered(byStatus, TICKET_STATUSES) },
    attachments: { total: attachments, identityDocuments },
    recordings,
    findings,
    sell: input.sell ?? { status: 'not_connected', contacts: 0, leads: 0 },
    purposes: [...input.purposes],
    complete: inventory ? inventory.complete && inventory.unreadable.length === 0 : false,
    inventoryBuiltAt: inventory?.builtAt ?? null,
  }
}

function ordered<K extends string>(counts: Partial<Record<K, number>>, order: readonly K[]): Partial<Record<K, number>> {
  return Object.fromEntries(order.flatMap((key) => (counts[key] ? [[key, counts[key]]] : []))) as Partial<Record<K, number>>
}

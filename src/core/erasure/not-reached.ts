import type { Finding, Inventory, InventoryTicket } from '../inventory/inventory-types'
import type { AgentPermissions, NotReachedCode } from './erasure-types'

/**
 * Where personal data may remain after the erasure, because no API the app can call reaches it (guide and
 * reference §1.4–1.5): logs (purged by Zendesk on its own schedule), copies in tickets merged before the
 * redaction, integrations and other products, audit history of tickets that are kept, stored email
 * originals (redacted by a background job), backups; plus what this run could not see or do.
 */
export function notReachedFor(
  inventory: Inventory,
  tickets: readonly InventoryTicket[],
  findings: readonly Finding[],
  permissions: AgentPermissions,
): NotReachedCode[] {
  const codes: NotReachedCode[] = ['logs', 'merged_ticket_copies', 'integrations', 'audit_history', 'email_originals', 'backups']
  const recordings = tickets.flatMap((t) => t.voiceRecordings)
  if (recordings.length > 0 && (!permissions.deleteRecordings || recordings.some((r) => r.callId === undefined && r.callRef === undefined))) codes.push('talk_recordings')
  if (findings.some((f) => f.location === 'organization')) codes.push('organization_data')
  if (tickets.some((t) => !t.scanned) || !inventory.complete) codes.push('unscanned_tickets')
  if (inventory.unreadable.length > 0) codes.push('unreadable_items')
  return codes
}

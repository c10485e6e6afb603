import { TICKET_STATUSES, type AttachmentRef, type Finding, type Inventory, type InventoryTicket, type VoiceRecordingRef } from '../inventory/inventory-types'
import { countApiCalls } from './count-api-calls'
import {
  ERASURE_PHASES,
  type CommentSnapshot,
  type DroppedItem,
  type ErasureOperation,
  type ErasureOptions,
  type ErasurePlan,
  type PlanTicketGroup,
  type PlanWarning,
  type ReasonCode,
} from './erasure-types'
import { notReachedFor } from './not-reached'
import { operationId } from './operation-ids'
import { planTicketDeletions, ticketDeletionReasons } from './plan-ticket-deletions'
import { planTicketRedactions } from './plan-redactions'
import { planUserOperations } from './plan-user-operations'
import { preflightUserDeletion, unclosedRequestedTickets } from './preflight-user-deletion'

function selectedFindings(inventory: Inventory, options: ErasureOptions, inScope: ReadonlySet<number>): Finding[] {
  const wanted = options.findingIds ? new Set(options.findingIds) : undefined
  return inventory.findings.filter((f) => {
    if (wanted ? !wanted.has(f.id) : f.review !== 'confirmed') return false
    return f.ticketId === undefined ? !options.onlyTicketIds : inScope.has(f.ticketId)
  })
}

function selectedAttachments(tickets: readonly InventoryTicket[], ids: readonly number[]): AttachmentRef[] {
  const wanted = new Set(ids)
  return tickets.flatMap((t) => t.attachments.filter((a) => wanted.has(a.id) && !a.redacted))
}

/** The Talk call id as Zendesk sent it (a number, or a provider's call SID). */
export function callIdOf(recording: VoiceRecordingRef): string | undefined {
  return recording.callRef ?? (recording.callId !== undefined ? String(recording.callId) : undefined)
}

function recordingOps(tickets: readonly InventoryTicket[], options: ErasureOptions, purged: ReadonlySet<number>): ErasureOperation[] {
  if (options.deleteRecordings === false) return []
  // Permanent ticket deletion removes its recordings too (guide), so those tickets need no Talk call.
  return tickets
    .filter((t) => !purged.has(t.id))
    .flatMap((t) => t.voiceRecordings)
    .flatMap((r) => {
      const callId = callIdOf(r)
      return callId === undefined ? [] : [{ ...r, callId }]
    })
    .map((r) => ({
      id: operationId.deleteRecording(r.callId),
      kind: 'delete_recording' as const,
      phase: 'recordings' as const,
      reasons: ['voice_recording' as const],
      irreversible: false,
      capability: 'deleteRecordings' as const,
      allowed: options.permissions.deleteRecordings,
      ticketId: r.ticketId,
      commentId: r.commentId,
      callId: r.callId,
    }))
}

/** The subject's requested tickets as inventory tickets: the inventory's own where it has them, a bare one otherwise. */
function requestedAsTickets(subjectId: number, requested: ReadonlyArray<{ id: number; status: string }>, known: readonly InventoryTicket[]): InventoryTicket[] {
  return requested.map((r) => {
    const own = known.find((t) => t.id === r.id)
    if (own) return own
    const status = (TICKET_STATUSES as readonly string[]).includes(r.status) ? (r.status as InventoryTicket['status']) : 'open'
    return { id: r.id, subject: '', status, roles: ['requester'], requesterId: subjectId, createdAt: '', updatedAt: '', tags: [], commentCount: 0, attachments: [], voiceRecordings: [], scanned: false }
  })
}

/** Removes the operations the agent dropped (and what depends on them), keeping a record of each. */
function applyDrops(operations: ErasureOperation[], dropped: ReadonlySet<string>): { kept: ErasureOperation[]; removed: DroppedItem[] } {
  const kept: ErasureOperation[] = []
  const removed: DroppedItem[] = []
  const dependsOnDropped = (op: ErasureOperation) =>
    (op.kind === 'permanently_delete_user' && dropped.has(operationId.softDeleteUser(op.userId))) ||
    (op.kind === 'soft_delete_user' && dropped.has(operationId.changeUserRole(op.userId)))
  for (const op of operations) {
    if (dropped.has(op.id) || dependsOnDropped(op)) removed.push({ operationId: op.id, kind: op.kind, ...(op.ticketId !== undefined ? { ticketId: op.ticketId } : {}) })
    else kept.push(op)
  }
  return { kept, removed }
}

function groupByTicket(tickets: readonly InventoryTicket[], operations: readonly ErasureOperation[], deletions: ReadonlyMap<number, ReasonCode[]>, findings: readonly Finding[]): PlanTicketGroup[] {
  return tickets
    .map((t) => ({
      ticketId: t.id,
      status: t.status,
      operationIds: operations.filter((op) => op.ticketId === t.id).map((op) => op.id),
      deletionReasons: deletions.get(t.id) ?? [],
      findingCount: findings.filter((f) => f.ticketId === t.id).length,
    }))
    .filter((g) => g.operationIds.length > 0 || g.deletionReasons.length > 0)
}

/**
 * Plans the erasure of the subject's data from the reviewed inventory: a value, not calls. Operations come
 * in the guide's order (redact comments and files, delete recordings, move tickets to deleted, permanently
 * delete them, then the user), each with its reasons and whether the agent may perform it.
 *
 * @example
 * const plan = planErasure(inventory, { permissions, agentId: me.id, comments, user: { subject, deleteUser: true, permanentlyDelete: true } })
 */
export function planErasure(inventory: Inventory, options: ErasureOptions): ErasurePlan {
  const scope = options.onlyTicketIds ? new Set(options.onlyTicketIds) : undefined
  const tickets = inventory.tickets.filter((t) => !scope || scope.has(t.id))
  const inScope = new Set(tickets.map((t) => t.id))
  const findings = selectedFindings(inventory, options, inScope)
  const attachments = selectedAttachments(tickets, options.selectedAttachmentIds ?? [])
  const snapshots = new Map<number, CommentSnapshot>((options.comments ?? []).map((c) => [c.id, c]))
  const dropped = new Set(options.droppedOperationIds ?? [])
  const user = options.user
  // Requested tickets the inventory does not hold still block the user's deletion: the fix deletes them too.
  const requested = user?.requestedTickets ? requestedAsTickets(user.subject.id, user.requestedTickets, inventory.tickets) : []
  const deletable = options.onlyTicketIds ? tickets : [...tickets, ...requested.filter((t) => !inScope.has(t.id))]
  const unclosed = user?.deleteUser && user.deleteUnclosedRequestedTickets ? unclosedRequestedTickets(user.subject, user.requestedTickets ? requested : tickets) : []

  // 1. Tickets that must be deleted rather than redacted, minus those whose deletion the agent dropped.
  const deletions = ticketDeletionReasons(deletable, findings, options.deleteTicketIds ?? [], unclosed)
  const droppedItems: DroppedItem[] = []
  for (const id of [...deletions.keys()]) {
    if (dropped.has(operationId.softDeleteTicket(id))) {
      deletions.delete(id)
      droppedItems.push({ operationId: operationId.softDeleteTicket(id), kind: 'soft_delete_ticket', ticketId: id })
    }
  }

  // 2. Redactions in every ticket that stays; some (closed, no Agent Workspace) turn into deletions.
  const operations: ErasureOperation[] = []
  const warnings: PlanWarning[] = tickets.filter((t) => !t.scanned).map((t) => ({ code: 'ticket_not_fully_scanned' as const, ticketId: t.id }))
  for (const ticket of tickets) {
    if (deletions.has(ticket.id) || ticket.status === 'deleted') continue
    const result = planTicketRedactions({
      ticket,
      findings: findings.filter((f) => f.ticketId === ticket.id && f.location === 'comment'),
      attachments: attachments.filter((a) => a.ticketId === ticket.id),
      snapshots,
      permissions: options.permissions,
    })
    warnings.push(...result.warnings)
    if (result.deletionReason && !dropped.has(operationId.softDeleteTicket(ticket.id))) deletions.set(ticket.id, [result.deletionReason])
    else operations.push(...result.operations)
  }

  // 3. Deletions, recordings, then the user.
  const permanently = options.permanentlyDeleteTickets !== false
  const deletionOps = planTicketDeletions(deletable, deletions, options.permissions, permanently)
  const purged = new Set(deletionOps.filter((op) => op.kind === 'permanently_delete_ticket' && op.allowed && !dropped.has(op.id)).map((op) => op.ticketId ?? 0))
  operations.push(...recordingOps(tickets, options, purged), ...deletionOps)
  const softDeleted = new Set(deletionOps.filter((op) => op.kind === 'soft_delete_ticket' && op.allowed && !dropped.has(op.id)).map((op) => op.ticketId ?? 0))
  for (const t of tickets) if (t.status === 'deleted') softDeleted.add(t.id)

  const preflight = user
    ? preflightUserDeletion({
        subject: user.subject,
        agentId: options.agentId,
        permissions: options.permissions,
        tickets: user.requestedTickets ? requested : inventory.tickets,
        ticketsBeingDeleted: softDeleted,
        changeRoleToEndUser: user.changeRoleToEndUser === true && !dropped.has(operationId.changeUserRole(user.subject.id)),
        ...(user.accountOwnerId !== undefined ? { accountOwnerId: user.accountOwnerId } : {}),
      })
    : null
  if (user && preflight) {
    operations.push(
      ...planUserOperations({
        subject: user.subject,
        preflight,
        permissions: options.permissions,
        deleteUser: user.deleteUser,
        permanentlyDelete: user.permanentlyDelete,
        changeRoleToEndUser: user.changeRoleToEndUser === true,
        deleteIdentityIds: user.deleteIdentityIds ?? [],
      }),
    )
  }

  const { kept, removed } = applyDrops(operations, dropped)
  const ordered = ERASURE_PHASES.flatMap((phase) => kept.filter((op) => op.phase === phase))
  const commentCounts = new Map(tickets.map((t) => [t.id, t.commentCount]))
  return {
    subjectUserId: inventory.subjectId,
    ...(options.requestTicketId !== undefined ? { requestTicketId: options.requestTicketId } : {}),
    operations: ordered,
    dropped: [...droppedItems, ...removed],
    tickets: groupByTicket(deletable, ordered, deletions, findings),
    userDeletion: preflight,
    apiCalls: countApiCalls(ordered, commentCounts),
    notReached: notReachedFor(inventory, tickets, findings, options.permissions),
    warnings,
  }
}

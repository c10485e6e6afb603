// @vitest-environment node
import { planErasure } from '../../../src/core/erasure/plan-erasure'
import type { ErasureOperation, ErasureOptions, RedactCommentOperation } from '../../../src/core/erasure/erasure-types'
import { derivePermissions } from '../../../src/core/erasure/derive-permissions'
import { ADMIN, AGENT, AGENT_ID, AGENT_NO_DELETE, SUBJECT, attachment, finding, inventory, snapshot, ticket } from './inventory-fixture'

const TEXT_1 = 'Hello, write to jane@example.com or call +33 6 12 34 56 78.'
const TEXT_2 = 'My card is 4111 1111 1111 1111, thanks.'

function options(overrides: Partial<ErasureOptions> = {}): ErasureOptions {
  return { permissions: ADMIN, agentId: AGENT_ID, ...overrides }
}

const kinds = (ops: readonly ErasureOperation[]) => ops.map((op) => `${op.kind}:${op.ticketId ?? ''}`)

test('the plan is empty when there is nothing to erase', () => {
  const plan = planErasure(inventory([ticket(1)], []), options())
  expect(plan.operations).toEqual([])
  expect(plan.tickets).toEqual([])
  expect(plan.apiCalls).toEqual({ writes: 0, reads: 0, total: 0 })
})

test('unconfirmed and dismissed findings are not planned', () => {
  const f1 = finding(1, 11, TEXT_1, 'jane@example.com', { review: 'pending' })
  const f2 = finding(1, 11, TEXT_1, '+33 6 12 34 56 78', { review: 'dismissed' })
  expect(planErasure(inventory([ticket(1)], [f1, f2]), options()).operations).toEqual([])
})

test('a confirmed string in an open ticket becomes one comment_redactions call with <redact> markup and a preview', () => {
  const f = finding(1, 11, TEXT_1, 'jane@example.com')
  const plan = planErasure(inventory([ticket(1)], [f]), options({ comments: [snapshot(1, 11, TEXT_1)] }))
  expect(kinds(plan.operations)).toEqual(['redact_comment:1'])
  const op = plan.operations[0] as RedactCommentOperation
  expect(op.redactedHtml).toBe('<div class="zd-comment" dir="auto"><p dir="auto">Hello, write to <redact>jane@example.com</redact> or call +33 6 12 34 56 78.</p></div>')
  expect(op.preview).toEqual({ before: TEXT_1, after: `Hello, write to ${'▇'.repeat(16)} or call +33 6 12 34 56 78.` })
  expect(op.reasons).toEqual(['confirmed_findings'])
  expect(op.findingIds).toEqual([f.id])
  expect(op.ranges).toEqual([[16, 32]])
  expect(plan.apiCalls).toEqual({ writes: 1, reads: 1, total: 2 })
})

test('several findings in one comment make one call; every occurrence of a value is redacted, in any case', () => {
  const text = 'JANE@example.com wrote: jane@example.com, phone +33 6 12 34 56 78'
  const f1 = finding(1, 11, text, 'jane@example.com')
  const f2 = finding(1, 11, text, '+33 6 12 34 56 78')
  const plan = planErasure(inventory([ticket(1)], [f1, f2]), options({ comments: [snapshot(1, 11, text)] }))
  expect(plan.operations).toHaveLength(1)
  expect((plan.operations[0] as RedactCommentOperation).preview?.after).toBe(`${'▇'.repeat(16)} wrote: ${'▇'.repeat(16)}, phone ${'▇'.repeat(17)}`)
})

test('closed and archived tickets are redacted with comment_redactions when Agent Workspace is on', () => {
  const f1 = finding(1, 11, TEXT_1, 'jane@example.com')
  const f2 = finding(2, 21, TEXT_2, '4111 1111 1111 1111')
  const plan = planErasure(inventory([ticket(1, { status: 'closed' }), ticket(2, { status: 'archived' })], [f1, f2]), options())
  expect(kinds(plan.operations)).toEqual(['redact_comment:1', 'redact_comment:2'])
})

test('without Agent Workspace: legacy /redact per string on open tickets, closed tickets go to deletion', () => {
  const perms = { ...ADMIN, agentWorkspace: false }
  const f1 = finding(1, 11, TEXT_1, 'jane@example.com')
  const f2 = finding(1, 11, TEXT_1, '+33 6 12 34 56 78')
  const f3 = finding(2, 21, TEXT_2, '4111 1111 1111 1111')
  const plan = planErasure(inventory([ticket(1, { status: 'solved' }), ticket(2, { status: 'closed' })], [f1, f2, f3]), options({ permissions: perms }))
  expect(kinds(plan.operations)).toEqual(['legacy_redact:1', 'soft_delete_ticket:2', 'permanently_delete_ticket:2'])
  expect(plan.operations[1]?.reasons).toEqual(['closed_without_agent_workspace'])
  expect(plan.tickets.find((t) => t.ticketId === 2)?.deletionReasons).toEqual(['closed_without_agent_workspace'])
  // Two strings → two legacy calls; one verification read; single soft delete (sync) + a job for the permanent one.
  expect(plan.apiCalls.writes).toBe(2 + 1 + 1)
})

test('personal data in the subject line or a custom field sends the ticket to deletion instead of redaction', () => {
  const fs = [
    finding(1, 11, TEXT_1, 'jane@example.com'),
    { ...finding(1, 11, TEXT_1, 'jane@example.com'), id: '1:subject:0:EMAIL', location: 'ticket_subject' as const, commentId: undefined },
    { ...finding(2, 21, TEXT_2, '4111 1111 1111 1111'), id: '2:field:0:CREDIT_CARD', location: 'custom_field' as const, field: 360001 },
  ]
  const plan = planErasure(inventory([ticket(1), ticket(2)], fs), options())
  expect(kinds(plan.operations)).toEqual(['soft_delete_ticket:1', 'soft_delete_ticket:2', 'permanently_delete_ticket:1', 'permanently_delete_ticket:2'])
  expect(plan.operations.map((op) => op.reasons)).toEqual([
    ['subject_line'],
    ['custom_field'],
    ['subject_line', 'follows_soft_delete'],
    ['custom_field', 'follows_soft_delete'],
  ])
  expect(plan.operations.filter((op) => op.irreversible).map((op) => op.id)).toEqual(['purge:1', 'purge:2'])
})

test('the agent can choose to delete a ticket, or only move it to deleted', () => {
  const f = finding(1, 11, TEXT_1, 'jane@example.com')
  expect(kinds(planErasure(inventory([ticket(1)], [f]), options({ deleteTicketIds: [1] })).operations)).toEqual(['soft_delete_ticket:1', 'permanently_delete_ticket:1'])
  const moveOnly = planErasure(inventory([ticket(1)], [f]), options({ deleteTicketIds: [1], permanentlyDeleteTickets: false }))
  expect(kinds(moveOnly.operations)).toEqual(['soft_delete_ticket:1'])
})

test('dropping a ticket deletion brings its comment redactions back; dropped items are listed', () => {
  const f = finding(1, 11, TEXT_1, 'jane@example.com')
  const plan = planErasure(inventory([ticket(1)], [f]), options({ deleteTicketIds: [1], droppedOperationIds: ['soft-delete:1'] }))
  expect(kinds(plan.operations)).toEqual(['redact_comment:1'])
  expect(plan.dropped).toEqual([{ operationId: 'soft-delete:1', kind: 'soft_delete_ticket', ticketId: 1 }])
})

test('dropping one operation removes only it; dropping the permanent deletion keeps the soft one', () => {
  const f1 = finding(1, 11, TEXT_1, 'jane@example.com')
  const f2 = finding(2, 21, TEXT_2, '4111 1111 1111 1111')
  const plan = planErasure(inventory([ticket(1), ticket(2)], [f1, f2]), options({ deleteTicketIds: [2], droppedOperationIds: ['redact:11', 'purge:2'] }))
  expect(kinds(plan.operations)).toEqual(['soft_delete_ticket:2'])
  expect(plan.dropped.map((d) => d.operationId)).toEqual(['redact:11', 'purge:2'])
})

test('selected attachments ride along in the comment_redactions call; inline images get the redact attribute', () => {
  const img = attachment(77, 1, 11, { inline: true, contentUrl: 'https://demo.zendesk.com/attachments/token/img77/?name=id.png' })
  const file = attachment(78, 1, 11, { looksLikeIdentityDocument: true })
  const html = `<div class="zd-comment"><p>Scan: <img src="https://demo.zendesk.com/attachments/token/img77/?name=id.png"></p></div>`
  const plan = planErasure(
    inventory([ticket(1, { attachments: [img, file] })], []),
    options({ selectedAttachmentIds: [77, 78], comments: [{ id: 11, ticketId: 1, htmlBody: html, plainBody: 'Scan:' }] }),
  )
  expect(kinds(plan.operations)).toEqual(['redact_comment:1'])
  const op = plan.operations[0] as RedactCommentOperation
  expect(op.attachmentIds).toEqual([77, 78])
  expect(op.attachmentUrls).toEqual([img.contentUrl, file.contentUrl])
  expect(op.reasons).toEqual(['attachment_selected', 'identity_document'])
  expect(op.redactedHtml).toContain('name=id.png" redact>')
})

test('without Agent Workspace attachments use the attachment endpoint, and on closed tickets go to deletion', () => {
  const perms = { ...ADMIN, agentWorkspace: false }
  const open = planErasure(inventory([ticket(1, { attachments: [attachment(5, 1, 11)] })], []), options({ permissions: perms, selectedAttachmentIds: [5] }))
  expect(kinds(open.operations)).toEqual(['redact_attachment:1'])
  const closed = planErasure(inventory([ticket(1, { status: 'closed', attachments: [attachment(5, 1, 11)] })], []), options({ permissions: perms, selectedAttachmentIds: [5] }))
  expect(closed.operations[0]?.reasons).toEqual(['attachment_on_closed_ticket'])
})

test('already redacted attachments are not planned again', () => {
  const plan = planErasure(inventory([ticket(1, { attachments: [attachment(5, 1, 11, { redacted: true })] })], []), options({ selectedAttachmentIds: [5] }))
  expect(plan.operations).toEqual([])
})

test('voice recordings: deleted via Talk by admins, listed for an admin otherwise, not needed when the ticket is purged', () => {
  const voice = ticket(1, { voiceRecordings: [{ ticketId: 1, commentId: 12, callId: 9876 }] })
  const admin = planErasure(inventory([voice], []), options())
  expect(admin.operations.map((op) => [op.id, op.allowed])).toEqual([['recording:9876', true]])
  const agent = planErasure(inventory([voice], []), options({ permissions: AGENT }))
  expect(agent.operations.map((op) => [op.id, op.allowed])).toEqual([['recording:9876', false]])
  expect(agent.notReached).toContain('talk_recordings')
  expect(admin.notReached).not.toContain('talk_recordings')
  const purged = planErasure(inventory([voice], []), options({ deleteTicketIds: [1] }))
  expect(kinds(purged.operations)).toEqual(['soft_delete_ticket:1', 'permanently_delete_ticket:1'])
})

test('operations the agent may not perform stay in the plan, marked not allowed, and cost no calls', () => {
  const f = finding(1, 11, TEXT_1, 'jane@example.com')
  const plan = planErasure(inventory([ticket(1), ticket(2)], [f]), options({ permissions: AGENT_NO_DELETE, deleteTicketIds: [2] }))
  expect(plan.operations.map((op) => [op.id, op.allowed])).toEqual([
    ['redact:11', false],
    ['soft-delete:2', false],
    ['purge:2', false],
  ])
  expect(plan.apiCalls.total).toBe(0)
})

test('a plain agent may redact and move to deleted but not permanently delete', () => {
  const plan = planErasure(inventory([ticket(2)], []), options({ permissions: AGENT, deleteTicketIds: [2] }))
  expect(plan.operations.map((op) => [op.id, op.allowed])).toEqual([
    ['soft-delete:2', true],
    ['purge:2', false],
  ])
})

test('operations run in the guide order: redact, recordings, tickets, then the user', () => {
  const f = finding(1, 11, TEXT_1, 'jane@example.com')
  const tickets = [ticket(1, { status: 'closed', voiceRecordings: [{ ticketId: 1, commentId: 12, callId: 5 }] }), ticket(2, { status: 'closed' })]
  const plan = planErasure(
    inventory(tickets, [f]),
    options({ deleteTicketIds: [2], user: { subject: SUBJECT, deleteUser: true, permanentlyDelete: true, deleteIdentityIds: [700] } }),
  )
  expect(plan.operations.map((op) => op.id)).toEqual(['redact:11', 'recording:5', 'soft-delete:2', 'purge:2', 'identity:700', 'delete-user:501', 'purge-user:501'])
  expect(plan.tickets.map((t) => [t.ticketId, t.operationIds])).toEqual([
    [1, ['redact:11', 'recording:5']],
    [2, ['soft-delete:2', 'purge:2']],
  ])
})

test('quick actions restrict the plan to one ticket and the selected findings', () => {
  const f1 = finding(1, 11, TEXT_1, 'jane@example.com', { review: 'pending' })
  const f2 = finding(1, 11, TEXT_1, '+33 6 12 34 56 78', { review: 'pending' })
  const f3 = finding(2, 21, TEXT_2, '4111 1111 1111 1111')
  const plan = planErasure(inventory([ticket(1), ticket(2)], [f1, f2, f3]), options({ onlyTicketIds: [1], findingIds: [f2.id] }))
  expect(plan.operations.map((op) => op.id)).toEqual(['redact:11'])
  expect((plan.operations[0] as RedactCommentOperation).values).toEqual(['+33 6 12 34 56 78'])
})

test('batches of 100: 150 tickets take two soft-delete jobs and two permanent-delete jobs', () => {
  const tickets = Array.from({ length: 150 }, (_, i) => ticket(i + 1))
  const plan = planErasure(inventory(tickets, []), options({ deleteTicketIds: tickets.map((t) => t.id) }))
  expect(plan.operations).toHaveLength(300)
  // writes: 2 destroy_many + 2 permanent destroy_many; reads: polls (2+2), show_many (2+2), deleted_tickets (1+1)
  expect(plan.apiCalls).toEqual({ writes: 4, reads: 10, total: 14 })
})

test('warnings: tickets not fully scanned, comments not loaded, values not in the loaded comment', () => {
  const f = finding(1, 11, TEXT_1, 'jane@example.com')
  const g = finding(2, 21, TEXT_2, '4111 1111 1111 1111')
  const plan = planErasure(inventory([ticket(1, { scanned: false }), ticket(2)], [f, g]), options({ comments: [snapshot(2, 21, 'something else entirely')] }))
  expect(plan.warnings).toEqual([
    { code: 'ticket_not_fully_scanned', ticketId: 1 },
    { code: 'comment_not_loaded', ticketId: 1, commentId: 11 },
    { code: 'values_not_found_in_comment', ticketId: 2, commentId: 21 },
  ])
  expect(plan.notReached).toContain('unscanned_tickets')
})

test('what is not reached always includes logs, merged copies and integrations', () => {
  const plan = planErasure(inventory([ticket(1)], [], { unreadable: [{ ticketId: 9, what: 'ticket', reason: 'forbidden', status: 403 }] }), options())
  expect(plan.notReached).toEqual(['logs', 'merged_ticket_copies', 'integrations', 'audit_history', 'email_originals', 'backups', 'unreadable_items'])
})

test('permissions come from role, role type, the custom role and the account settings', () => {
  expect(derivePermissions({ role: 'end-user' })).toMatchObject({ redact: false, deleteTickets: false, deleteEndUsers: false })
  expect(derivePermissions({ role: 'agent', role_type: 1 }, { agentTicketDeletion: true })).toMatchObject({ redact: false, deleteTickets: false })
  expect(derivePermissions({ role: 'agent', role_type: 0, custom_role_id: 7 }, {}, { ticket_deletion: true, end_user_profile_access: 'full' })).toMatchObject({
    redact: true,
    deleteTickets: true,
    permanentlyDeleteTickets: false,
    deleteEndUsers: true,
  })
  expect(derivePermissions({ role: 'agent', role_type: 0, custom_role_id: 7 }, {}, { ticket_redaction: true })).toMatchObject({ redact: true, deleteTickets: false })
  expect(derivePermissions({ role: 'admin' }, { agentWorkspace: false })).toMatchObject({ agentWorkspace: false, deleteRecordings: true })
})

import { DEMO_ADMIN_ID, DEMO_PLANTED, DEMO_SUBJECT_ID, REDACTION_CHAR } from '../../dev/fake-zendesk/index'
import { journalProgress } from '../../src/core/erasure/erasure-journal'
import { buildErasureEvidence } from '../../src/core/erasure/build-erasure-evidence'
import { createErasureKit, demoInventory } from './erasure-kit'
import { expectOnlyConfirmedWrites } from './erasure-write-guard'

const ATTACHMENT = DEMO_PLANTED.attachments.find((a) => a.fileName === 'passport_scan.jpg')
const INLINE = DEMO_PLANTED.attachments.find((a) => a.fileName === 'screenshot_points.png')

function plantedValuesIn(kit: ReturnType<typeof createErasureKit>, ticketId: number): string[] {
  const text = kit.fake.state.getComments(ticketId).map((c) => `${c.plain_body}\n${c.html_body}`).join('\n')
  return DEMO_PLANTED.occurrences.filter((o) => o.ticketId === ticketId && typeof o.commentId === 'number' && text.includes(o.value)).map((o) => o.value)
}

test('an admin erases the demo subject: redactions in open, solved, closed and archived tickets, files, deletions, then the user', async () => {
  const kit = createErasureKit({ agentId: DEMO_ADMIN_ID })
  const inventory = demoInventory(kit.fake)
  const plan = await kit.plan(inventory, {
    selectedAttachmentIds: [ATTACHMENT?.attachmentId ?? 0, INLINE?.attachmentId ?? 0],
    user: { subject: { id: DEMO_SUBJECT_ID, role: 'end-user', active: true, shared: false }, deleteUser: true, permanentlyDelete: true, deleteUnclosedRequestedTickets: true },
  })
  expect(plan.userDeletion?.canSoftDelete).toBe(true)
  const journal = kit.confirm(plan)
  kit.fake.clearWriteLog()

  const result = await kit.run(journal, plan)

  expect(result.outcome).toBe('finished')
  const failed = result.journal.entries.filter((e) => e.state !== 'done')
  expect(failed).toEqual([])
  expect(result.journal.entries.every((e) => e.verification?.passed)).toBe(true)
  expectOnlyConfirmedWrites(kit.fake, journal)

  // Redacted tickets keep their comments, with ▇ where the values were, and the redacted_content tag.
  const redactedTickets = [...new Set(plan.operations.filter((op) => op.kind === 'redact_comment').map((op) => op.ticketId as number))]
  expect(redactedTickets.length).toBeGreaterThan(5)
  for (const id of redactedTickets) {
    expect(plantedValuesIn(kit, id)).toEqual([])
    expect(kit.fake.state.getComments(id).some((c) => c.plain_body.includes(REDACTION_CHAR))).toBe(true)
    expect(kit.fake.state.getTicket(id)?.tags).toContain('redacted_content')
  }
  const statuses = new Set(redactedTickets.map((id) => (kit.fake.state.isTicketArchived(id) ? 'archived' : kit.fake.state.getTicket(id)?.status)))
  expect(statuses).toEqual(new Set(['open', 'solved', 'closed', 'archived', 'pending', 'hold']))
  expect(kit.fake.state.getAttachment(ATTACHMENT?.attachmentId ?? 0)?.file_name).toBe('redacted.txt')

  // Tickets with the IBAN in the subject line, and the subject's unclosed requests, are permanently deleted.
  const purged = plan.operations.filter((op) => op.kind === 'permanently_delete_ticket').map((op) => op.ticketId as number)
  expect(purged.length).toBeGreaterThan(0)
  for (const id of purged) expect(kit.fake.state.isTicketPermanentlyDeleted(id)).toBe(true)
  expect(kit.fake.state.isUserPermanentlyDeleted(DEMO_SUBJECT_ID)).toBe(true)
  expect(result.journal.complianceStatuses).toEqual(expect.arrayContaining([{ application: 'support', action: 'complete' }]))

  // Nothing outside the plan changed: unrelated tickets are untouched.
  for (const id of DEMO_PLANTED.unrelatedTicketIds) expect(kit.fake.state.getTicket(id)?.tags ?? []).not.toContain('redacted_content')

  const evidence = buildErasureEvidence({ journal: result.journal, notReached: plan.notReached, now: '2026-03-01T10:00:00Z' })
  expect(evidence.counts.failed).toBe(0)
  expect(evidence.counts.userPermanentlyDeleted).toBe(1)
  const serialised = JSON.stringify(evidence)
  for (const o of DEMO_PLANTED.occurrences.filter((x) => x.value.length > 5)) expect(serialised).not.toContain(o.value)
})

test('the API-call count of the plan matches the writes the run makes', async () => {
  const kit = createErasureKit({ agentId: DEMO_ADMIN_ID })
  const inventory = demoInventory(kit.fake, [31, 34, 14, 17])
  const plan = await kit.plan(inventory, {})
  const journal = kit.confirm(plan)
  kit.fake.clearWriteLog()
  kit.fake.clearRequestLog()
  const result = await kit.run(journal, plan)
  expect(journalProgress(result.journal)).toMatchObject({ done: plan.operations.length, failed: 0 })
  expect(kit.fake.writeLog).toHaveLength(plan.apiCalls.writes)
  expect(kit.fake.requestLog.length).toBeGreaterThanOrEqual(plan.apiCalls.total)
})

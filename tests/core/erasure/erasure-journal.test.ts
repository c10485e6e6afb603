// @vitest-environment node
import { planErasure } from '../../../src/core/erasure/plan-erasure'
import { hasWorkLeft, journalProgress, resetRetryable, startJournal, updateEntry } from '../../../src/core/erasure/erasure-journal'
import { buildErasureEvidence } from '../../../src/core/erasure/build-erasure-evidence'
import { defaultSelections } from '../../../src/core/erasure/options-from-selections'
import { ADMIN, AGENT, AGENT_ID, SUBJECT, attachment, finding, inventory, snapshot, ticket } from './inventory-fixture'

const TEXT = 'Reach me at jane@example.com, IBAN FR76 3000 6000 0112 3456 7890 189.'
const NOW = '2024-05-01T10:00:00Z'

function fixturePlan(permissions = ADMIN) {
  const f1 = finding(1, 11, TEXT, 'jane@example.com')
  const f2 = finding(1, 11, TEXT, 'FR76 3000 6000 0112 3456 7890 189')
  const tickets = [ticket(1, { status: 'closed', attachments: [attachment(5, 1, 11, { fileName: 'passport-jane.pdf' })] }), ticket(2, { status: 'closed' })]
  return planErasure(inventory(tickets, [f1, f2]), {
    permissions,
    agentId: AGENT_ID,
    comments: [snapshot(1, 11, TEXT)],
    selectedAttachmentIds: [5],
    deleteTicketIds: [2],
    user: { subject: SUBJECT, deleteUser: true, permanentlyDelete: true },
  })
}

function start(plan = fixturePlan(), confirmed: string[] = ['purge:2', 'purge-user:501']) {
  return startJournal({
    runId: 'run-1',
    origin: 'erasure',
    operations: plan.operations,
    confirmedIrreversibleIds: confirmed,
    subjectUserId: SUBJECT.id,
    actor: { userId: AGENT_ID, role: 'admin' },
    selections: defaultSelections(),
    now: NOW,
  })
}

test('the journal holds ids and states only: no values, text, file names or URLs', () => {
  const journal = start()
  const serialised = JSON.stringify(journal)
  for (const personal of ['jane@example.com', 'FR76', 'passport', 'Reach me', 'attachments/token', '<redact>']) expect(serialised).not.toContain(personal)
  expect(journal.entries.map((e) => [e.id, e.state])).toEqual([
    ['redact:11', 'pending'],
    ['soft-delete:2', 'pending'],
    ['purge:2', 'pending'],
    ['delete-user:501', 'pending'],
    ['purge-user:501', 'pending'],
  ])
  expect(journal.entries[0]).toMatchObject({ commentId: 11, ticketId: 1, attachmentIds: [5], ranges: [[12, 28], [35, 68]] })
})

test('irreversible operations without a typed confirmation, and operations the agent may not do, are skipped up front', () => {
  const journal = start(fixturePlan(), ['purge:2'])
  expect(journal.entries.find((e) => e.id === 'purge-user:501')).toMatchObject({ state: 'skipped', reason: 'not_confirmed' })
  const agentJournal = start(fixturePlan(AGENT), [])
  expect(agentJournal.entries.map((e) => [e.id, e.state, e.reason])).toEqual([
    ['redact:11', 'pending', undefined],
    ['soft-delete:2', 'pending', undefined],
    ['purge:2', 'skipped', 'not_permitted'],
  ])
})

test('progress, updates and retry of retryable failures', () => {
  let journal = start()
  journal = updateEntry(journal, 'redact:11', { state: 'done', verification: { method: 'comment_reread', passed: true, at: NOW } }, NOW)
  journal = updateEntry(journal, 'soft-delete:2', { state: 'failed', reason: 'server' }, NOW)
  journal = updateEntry(journal, 'purge:2', { state: 'skipped', reason: 'dependency_failed' }, NOW)
  journal = updateEntry(journal, 'delete-user:501', { state: 'failed', reason: 'forbidden' }, NOW)
  expect(journalProgress(journal)).toEqual({ total: 5, done: 1, failed: 2, skipped: 1, pending: 1, finished: 4 })
  const retried = resetRetryable(journal, NOW)
  expect(retried.entries.map((e) => e.state)).toEqual(['done', 'pending', 'pending', 'failed', 'pending'])
  expect(hasWorkLeft(retried)).toBe(true)
})

test('the evidence record has ids, counts, outcomes and verification, and no personal data', () => {
  let journal = start()
  for (const id of ['redact:11', 'soft-delete:2', 'purge:2', 'delete-user:501', 'purge-user:501']) {
    journal = updateEntry(journal, id, { state: 'done', verification: { method: 're-read', passed: true, at: NOW } }, NOW)
  }
  journal = { ...journal, complianceStatuses: [{ application: 'support', action: 'complete' }] }
  const plan = fixturePlan()
  const evidence = buildErasureEvidence({ journal, notReached: plan.notReached, dropped: [{ operationId: 'redact:12', kind: 'redact_comment', ticketId: 3 }], now: '2024-05-01T10:05:00Z' })
  expect(evidence).toMatchObject({
    schema: 'privacy-assistant.evidence/v1',
    obligation: 'erasure',
    subjectUserId: 501,
    actor: { userId: AGENT_ID, role: 'admin' },
    startedAt: NOW,
    finishedAt: '2024-05-01T10:05:00Z',
    counts: { operations: 5, done: 5, verified: 5, commentsRedacted: 1, attachmentsRedacted: 1, ticketsMovedToDeleted: 1, ticketsPermanentlyDeleted: 1, userSoftDeleted: 1, userPermanentlyDeleted: 1, dropped: 1 },
    notes: { runId: 'run-1', finished: true, 'compliance.support': 'complete' },
  })
  expect(evidence.operations[0]).toEqual({ kind: 'redact_comment', target: { ticket: 1, comment: 11, attachments: '5', findings: 2 }, outcome: 'done', verification: { method: 're-read', passed: true, at: NOW }, at: NOW })
  expect(evidence.operations.at(-1)).toEqual({ kind: 'redact_comment', target: { ticket: 3 }, outcome: 'skipped', reason: 'dropped_by_agent' })
  expect(evidence.notReached).toEqual(expect.arrayContaining(['logs', 'merged_ticket_copies', 'integrations']))
  const serialised = JSON.stringify(evidence)
  for (const personal of ['jane', 'FR76', 'passport', 'Reach me']) expect(serialised).not.toContain(personal)
})

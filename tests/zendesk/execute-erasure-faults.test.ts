import { DEMO_ADMIN_ID, DEMO_SUBJECT_ID } from '../../dev/fake-zendesk/index'
import { resetRetryable, type ErasureJournal } from '../../src/core/erasure/erasure-journal'
import type { ErasurePlan } from '../../src/core/erasure/erasure-types'
import { executeErasure } from '../../src/zendesk/erasure/execute-erasure'
import { createErasureKit, demoInventory, freshApi, type ErasureKit } from './erasure-kit'
import { expectOnlyConfirmedWrites } from './erasure-write-guard'

/** Open/solved tickets with redactions, closed ticket 17 (IBAN in the subject: deleted), ticket 14 (closed, attachment). */
const TICKETS = [14, 17, 31, 34, 37, 40]
const SUBJECT = { id: DEMO_SUBJECT_ID, role: 'end-user', active: true, shared: false }

async function setup(deleteUser = false): Promise<{ kit: ErasureKit; plan: ErasurePlan; journal: ErasureJournal }> {
  const kit = createErasureKit({ agentId: DEMO_ADMIN_ID })
  // Deleting the user needs the whole inventory: every unclosed request of theirs must be in the plan.
  const plan = await kit.plan(demoInventory(kit.fake, deleteUser ? undefined : TICKETS), {
    selectedAttachmentIds: [800000002],
    ...(deleteUser ? { user: { subject: SUBJECT, deleteUser: true, permanentlyDelete: true, deleteUnclosedRequestedTickets: true } } : {}),
  })
  const journal = kit.confirm(plan)
  kit.fake.clearWriteLog()
  return { kit, plan, journal }
}

const states = (j: ErasureJournal) => Object.fromEntries(j.entries.map((e) => [e.id, e.reason ? `${e.state}:${e.reason}` : e.state]))

test('429s mid-execution are retried after Retry-After and everything completes', async () => {
  const { kit, plan, journal } = await setup()
  kit.fake.failNext({ method: 'PUT', path: /comment_redactions/, status: 429, headers: { 'Retry-After': '1' }, body: 'Too many', times: 3 })
  kit.fake.failNext({ method: 'DELETE', path: /destroy_many|tickets\/\d+/, status: 429, headers: { 'Retry-After': '2' }, times: 1 })
  const result = await kit.run(journal, plan)
  expect(result.outcome).toBe('finished')
  expect(result.journal.entries.every((e) => e.state === 'done')).toBe(true)
  expect(kit.fake.writeLog.filter((w) => w.status === 429)).toHaveLength(4)
  expectOnlyConfirmedWrites(kit.fake, journal)
})

test('a 5xx burst longer than the retries fails that item, the rest goes on, and a retry finishes it once', async () => {
  const { kit, plan, journal } = await setup(true)
  const first = plan.operations.find((op) => op.kind === 'redact_comment')
  kit.fake.failNext({ method: 'PUT', path: `/api/v2/comment_redactions/${first?.kind === 'redact_comment' ? first.commentId : 0}`, status: 503, times: 5 })
  const result = await kit.run(journal, plan)
  expect(result.outcome).toBe('incomplete')
  expect(states(result.journal)[first?.id ?? '']).toBe('failed:server')
  // Ticket data first: the user is not deleted while a redaction failed.
  expect(states(result.journal)[`delete-user:${DEMO_SUBJECT_ID}`]).toBe('skipped:ticket_data_incomplete')
  expect(kit.fake.state.isUserDeleted(DEMO_SUBJECT_ID)).toBe(false)
  const others = result.journal.entries.filter((e) => e.id !== first?.id && e.phase !== 'user')
  expect(others.every((e) => e.state === 'done')).toBe(true)

  const retried = await kit.run(resetRetryable(result.journal, '2026-03-01T10:00:00Z'), plan)
  expect(retried.outcome).toBe('finished')
  expect(kit.fake.state.isUserPermanentlyDeleted(DEMO_SUBJECT_ID)).toBe(true)
  expectOnlyConfirmedWrites(kit.fake, journal)
})

test('a failed permanent-deletion job is reported, blocks the user deletion, and a retry completes it', async () => {
  const { kit, plan, journal } = await setup(true)
  kit.fake.failNextJob({ jobType: 'Permanently Delete Tickets', message: 'Job failed: internal error' })
  const result = await kit.run(journal, plan)
  const purges = result.journal.entries.filter((e) => e.kind === 'permanently_delete_ticket')
  expect(purges.map((e) => `${e.state}:${e.reason}`)).toEqual(purges.map(() => 'failed:job_failed'))
  expect(purges.every((e) => e.verification?.passed === false)).toBe(true)
  expect(states(result.journal)[`delete-user:${DEMO_SUBJECT_ID}`]).toBe('skipped:ticket_data_incomplete')

  const retried = await kit.run(resetRetryable(result.journal, '2026-03-01T10:00:00Z'), plan)
  expect(retried.outcome).toBe('finished')
  for (const e of purges) expect(kit.fake.state.isTicketPermanentlyDeleted(e.ticketId as number)).toBe(true)
  expectOnlyConfirmedWrites(kit.fake, journal)
})

test('a 403 stops that kind of operation after one refusal; nothing else of that kind is sent', async () => {
  const { kit, plan, journal } = await setup(true)
  kit.fake.failNext({
    method: 'DELETE',
    path: /\/api\/v2\/tickets\//,
    status: 403,
    body: { error: { title: 'Forbidden', message: 'You do not have access to this page.' } },
  })
  const result = await kit.run(journal, plan)
  const soft = result.journal.entries.filter((e) => e.kind === 'soft_delete_ticket')
  expect(soft.every((e) => e.state === 'failed' && e.reason === 'forbidden')).toBe(true)
  expect(result.journal.entries.filter((e) => e.kind === 'permanently_delete_ticket').every((e) => e.reason === 'dependency_failed')).toBe(true)
  expect(kit.fake.writeLog.filter((w) => w.method === 'DELETE')).toHaveLength(1)
  expect(result.journal.entries.filter((e) => e.kind === 'redact_comment').every((e) => e.state === 'done')).toBe(true)
})

test('a reload mid-run loses nothing and does nothing twice: landed writes are verified, not resent', async () => {
  const { kit, plan, journal } = await setup(true)
  const controller = new AbortController()
  let sentCount = 0
  // "Reload" as the third redaction goes out: the first two have landed but are not verified yet.
  const first = await kit.run(journal, plan, {
    signal: controller.signal,
    onUpdate: (j) => {
      sentCount = j.entries.filter((e) => e.state === 'sent').length
      if (sentCount === 3) controller.abort()
    },
  })
  expect(first.outcome).toBe('aborted')
  const persisted = kit.store.load(kit.storeKey) as ErasureJournal
  expect(persisted.entries.filter((e) => e.state === 'sent')).toHaveLength(3)
  const landedBefore = kit.fake.writeLog.filter((w) => w.status === 200).length
  expect(landedBefore).toBe(2)

  // The reloaded page: a new API, the persisted journal, and a plan rebuilt from a fresh inventory.
  const rebuilt = await kit.plan(demoInventory(kit.fake), {
    selectedAttachmentIds: [800000002],
    user: { subject: SUBJECT, deleteUser: true, permanentlyDelete: true, deleteUnclosedRequestedTickets: true },
  })
  const resumed = await executeErasure(persisted, {
    api: freshApi(kit.workspace),
    store: kit.store,
    storeKey: kit.storeKey,
    operations: new Map(rebuilt.operations.map((op) => [op.id, op])),
    now: () => '2026-03-01T11:00:00Z',
    sleep: async () => undefined,
    pollIntervalMs: 1,
  })
  expect(resumed.outcome).toBe('finished')
  expect(resumed.journal.entries.every((e) => e.state === 'done')).toBe(true)
  expectOnlyConfirmedWrites(kit.fake, journal)
  expect(kit.fake.state.isUserPermanentlyDeleted(DEMO_SUBJECT_ID)).toBe(true)
})

test('a reload while a deletion job runs polls the same job instead of creating another', async () => {
  const { kit, plan, journal } = await setup(true)
  const controller = new AbortController()
  const first = await kit.run(journal, plan, {
    signal: controller.signal,
    onUpdate: (j) => {
      if (j.entries.some((e) => e.kind === 'soft_delete_ticket' && e.jobId)) controller.abort()
    },
  })
  expect(first.outcome).toBe('aborted')
  const persisted = kit.store.load(kit.storeKey) as ErasureJournal
  expect(persisted.entries.find((e) => e.kind === 'soft_delete_ticket')?.jobId).toMatch(/^V3-/)
  const resumed = await kit.run(persisted, plan)
  expect(resumed.outcome).toBe('finished')
  expect(kit.fake.writeLog.filter((w) => w.path.includes('/tickets/destroy_many') || /^\/api\/v2\/tickets\/\d+$/.test(w.path))).toHaveLength(1)
  expectOnlyConfirmedWrites(kit.fake, journal)
})

test('after a reload without the inventory, pending text redactions wait for a rescan; ids-only work carries on', async () => {
  const { kit, plan, journal } = await setup()
  const result = await kit.run(journal, undefined)
  const redactions = result.journal.entries.filter((e) => e.kind === 'redact_comment' && (e.findingIds?.length ?? 0) > 0)
  expect(redactions.every((e) => e.state === 'skipped' && e.reason === 'values_unavailable')).toBe(true)
  expect(result.journal.entries.filter((e) => e.kind === 'soft_delete_ticket').every((e) => e.state === 'done')).toBe(true)
  // With the rescanned inventory, the agent's retry finishes the redactions.
  const retried = await kit.run(resetRetryable(result.journal, '2026-03-01T10:00:00Z'), plan)
  expect(retried.outcome).toBe('finished')
  expectOnlyConfirmedWrites(kit.fake, journal)
})

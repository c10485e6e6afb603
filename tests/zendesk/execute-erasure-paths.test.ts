import { createFakeZendesk, DEMO_ADMIN_ID, DEMO_PLANTED, DEMO_SUBJECT_ID, REDACTION_CHAR } from '../../dev/fake-zendesk/index'
import type { Inventory } from '../../src/core/inventory/inventory-types'
import { createErasureKit, demoInventory } from './erasure-kit'
import { expectOnlyConfirmedWrites } from './erasure-write-guard'

const SUBJECT = { id: DEMO_SUBJECT_ID, role: 'end-user', active: true, shared: false }
const VOICE = DEMO_PLANTED.voiceRecordings.find((r) => r.ticketId === 21)

test('without Agent Workspace: legacy /redact per string on open tickets, closed ones are deleted instead, all verified', async () => {
  const fake = createFakeZendesk()
  fake.updateSettings({ agentWorkspace: false })
  const kit = createErasureKit({ agentId: DEMO_ADMIN_ID, fake })
  const permissions = await kit.permissions()
  expect(permissions.agentWorkspace).toBe(false)
  const plan = await kit.plan(demoInventory(kit.fake, [40, 24]), { permissions })
  expect(plan.operations.map((op) => op.kind)).toEqual(['legacy_redact', 'soft_delete_ticket', 'permanently_delete_ticket'])
  expect(plan.operations[1]?.reasons).toEqual(['closed_without_agent_workspace'])
  const journal = kit.confirm(plan)
  kit.fake.clearWriteLog()
  const result = await kit.run(journal, plan)
  expect(result.outcome).toBe('finished')
  expect(kit.fake.writeLog.filter((w) => w.path.endsWith('/redact')).length).toBe(plan.apiCalls.writes - 2)
  expect(kit.fake.writeLog.some((w) => w.path.startsWith('/api/v2/comment_redactions'))).toBe(false)
  expect(kit.fake.state.getComments(40).some((c) => c.plain_body.includes(REDACTION_CHAR))).toBe(true)
  expect(kit.fake.state.isTicketPermanentlyDeleted(24)).toBe(true)
  expectOnlyConfirmedWrites(kit.fake, journal)
})

test('a call recording is deleted through Talk when its ticket is kept (the agent dropped its deletion)', async () => {
  const kit = createErasureKit({ agentId: DEMO_ADMIN_ID })
  const plan = await kit.plan(demoInventory(kit.fake, [21]), { droppedOperationIds: ['soft-delete:21'] })
  expect(plan.operations.map((op) => op.kind)).toEqual(['redact_comment', 'redact_comment', 'delete_recording'])
  expect(plan.operations.at(-1)?.id).toBe(`recording:${VOICE?.callId}`)
  const journal = kit.confirm(plan)
  const result = await kit.run(journal, plan)
  expect(result.outcome).toBe('finished')
  expect(kit.fake.state.isRecordingDeleted(VOICE?.callId ?? '')).toBe(true)
  expect(result.journal.entries.find((e) => e.kind === 'delete_recording')?.verification?.method).toBe('talk_api_acknowledged')
  expectOnlyConfirmedWrites(kit.fake, journal)
})

test('identities can be deleted one by one without deleting the user, each verified by a 404', async () => {
  const kit = createErasureKit({ agentId: DEMO_ADMIN_ID })
  const plan = await kit.plan(demoInventory(kit.fake, []), { user: { subject: SUBJECT, deleteUser: false, permanentlyDelete: false, deleteIdentityIds: [600012, 600010] } })
  const journal = kit.confirm(plan)
  const result = await kit.run(journal, plan)
  expect(result.journal.entries.map((e) => [e.id, e.state, e.verification?.method])).toEqual([
    ['identity:600012', 'done', 'identity_not_found'],
    ['identity:600010', 'done', 'identity_not_found'],
  ])
  expect(kit.fake.state.getIdentities(DEMO_SUBJECT_ID).map((i) => i.id)).toEqual([600009, 600011])
  expect(kit.fake.state.isUserDeleted(DEMO_SUBJECT_ID)).toBe(false)
  expectOnlyConfirmedWrites(kit.fake, journal)
})

test('a team member is made an end user first, then deleted and permanently deleted', async () => {
  const kit = createErasureKit({ agentId: DEMO_ADMIN_ID })
  const agentSubject = { id: 10006, role: 'agent', active: true, shared: false }
  const empty: Inventory = { subjectId: 10006, terms: [], tickets: [], findings: [], unreadable: [], builtAt: '2026-03-01T00:00:00Z', complete: true }
  const blocked = await kit.plan(empty, { user: { subject: agentSubject, deleteUser: true, permanentlyDelete: true } })
  expect(blocked.userDeletion?.blockers).toEqual([{ code: 'staff_role', fix: 'change_role', resolvedByPlan: false }])
  const plan = await kit.plan(empty, { user: { subject: agentSubject, deleteUser: true, permanentlyDelete: true, changeRoleToEndUser: true } })
  expect(plan.operations.map((op) => op.id)).toEqual(['role:10006', 'delete-user:10006', 'purge-user:10006'])
  const journal = kit.confirm(plan)
  kit.fake.clearWriteLog()
  const result = await kit.run(journal, plan)
  expect(result.outcome).toBe('finished')
  expect(kit.fake.state.isUserPermanentlyDeleted(10006)).toBe(true)
  expectOnlyConfirmedWrites(kit.fake, journal)
})

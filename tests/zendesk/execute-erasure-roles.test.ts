import { createFakeZendesk, DEMO_ADMIN_ID, DEMO_AGENT_ID, DEMO_LIGHT_AGENT_ID, DEMO_MANAGER_AGENT_ID, DEMO_SUBJECT_ID } from '../../dev/fake-zendesk/index'
import { createErasureKit, demoInventory } from './erasure-kit'
import { expectOnlyConfirmedWrites } from './erasure-write-guard'

/**
 * Per role: what the plan offers and what the run sends. An agent without delete permission (and a light
 * agent, and an end user) must not cause a single destructive request, whatever they confirm.
 */

const SUBJECT = { id: DEMO_SUBJECT_ID, role: 'end-user', active: true, shared: false }
const OTHER_END_USER_ID = 10011

async function planAndRun(agentId: number, setup?: (fake: ReturnType<typeof createFakeZendesk>) => void) {
  const fake = createFakeZendesk()
  setup?.(fake)
  const kit = createErasureKit({ agentId, fake })
  const permissions = await kit.permissions()
  const plan = await kit.plan(demoInventory(kit.fake), {
    permissions,
    selectedAttachmentIds: [800000002],
    deleteTicketIds: [52],
    user: { subject: SUBJECT, deleteUser: true, permanentlyDelete: true, deleteUnclosedRequestedTickets: true, deleteIdentityIds: [] },
  })
  // The agent "confirms" everything, including what they could only try by hand: the executor must still refuse.
  const journal = kit.confirm(plan, plan.operations.map((op) => op.id))
  kit.fake.clearWriteLog()
  const result = await kit.run(journal, plan)
  return { kit, permissions, plan, journal, result }
}

test.each([
  ['an end user', OTHER_END_USER_ID, undefined],
  ['a light agent', DEMO_LIGHT_AGENT_ID, undefined],
  ['an agent without delete permission', DEMO_AGENT_ID, (fake: ReturnType<typeof createFakeZendesk>) => fake.updateSettings({ agentsCanDelete: false })],
])('%s triggers no destructive call at all', async (_who, agentId, setup) => {
  const { kit, permissions, plan, result } = await planAndRun(agentId, setup)
  expect(permissions).toMatchObject({ redact: false, deleteTickets: false, permanentlyDeleteTickets: false, deleteEndUsers: false, deleteRecordings: false })
  expect(plan.operations.length).toBeGreaterThan(0)
  expect(plan.operations.every((op) => !op.allowed)).toBe(true)
  expect(plan.apiCalls.writes).toBe(0)
  expect(plan.userDeletion?.blockers.map((b) => b.code)).toContain('no_permission')
  expect(kit.fake.writeLog).toEqual([])
  expect(result.journal.entries.every((e) => e.state === 'skipped' && e.reason === 'not_permitted')).toBe(true)
  expect(kit.fake.state.isUserDeleted(DEMO_SUBJECT_ID)).toBe(false)
})

test('an agent with delete permission redacts and moves tickets to deleted; permanent steps are left for an admin', async () => {
  const { kit, permissions, plan, journal, result } = await planAndRun(DEMO_AGENT_ID)
  expect(permissions).toMatchObject({ redact: true, deleteTickets: true, permanentlyDeleteTickets: false, deleteEndUsers: false })
  const notAllowed = plan.operations.filter((op) => !op.allowed).map((op) => op.kind)
  expect(new Set(notAllowed)).toEqual(new Set(['permanently_delete_ticket', 'delete_recording']))
  expect(plan.userDeletion?.blockers.map((b) => b.code)).toEqual(['unclosed_requester', 'no_permission'])
  expect(kit.fake.writeLog.every((w) => w.path.startsWith('/api/v2/comment_redactions/') || w.path.includes('/tickets/'))).toBe(true)
  expect(kit.fake.writeLog.some((w) => w.path.includes('deleted_tickets') || w.path.includes('deleted_users') || w.path.includes('/users/'))).toBe(false)
  expect(result.journal.entries.filter((e) => e.kind === 'soft_delete_ticket').every((e) => e.state === 'done')).toBe(true)
  expectOnlyConfirmedWrites(kit.fake, journal)
})

test('a custom-role agent who may manage end users (read from GET /custom_roles/{id}) deletes the subject', async () => {
  const { kit, permissions, plan, journal, result } = await planAndRun(DEMO_MANAGER_AGENT_ID)
  expect(kit.fake.requestLog.some((r) => r.path === '/api/v2/custom_roles/360000003')).toBe(true)
  expect(permissions).toMatchObject({ isAdmin: false, customRoleId: 360000003, deleteEndUsers: true, deleteStaff: false, permanentlyDeleteTickets: false })
  expect(plan.userDeletion?.blockers.map((b) => b.code)).not.toContain('no_permission')
  const userOps = plan.operations.filter((op) => op.kind === 'soft_delete_user' || op.kind === 'permanently_delete_user')
  expect(userOps.map((op) => [op.kind, op.allowed])).toEqual([['soft_delete_user', true], ['permanently_delete_user', true]])
  const userEntries = result.journal.entries.filter((e) => e.kind === 'soft_delete_user' || e.kind === 'permanently_delete_user')
  expect(userEntries.map((e) => e.state)).toEqual(['done', 'done'])
  expect(result.outcome).toBe('finished')
  expect(kit.fake.state.isUserPermanentlyDeleted(DEMO_SUBJECT_ID)).toBe(true)
  expectOnlyConfirmedWrites(kit.fake, journal)
})

test('when the custom role cannot be read, the same agent is treated as not allowed to delete users', async () => {
  const { kit, permissions, plan, result } = await planAndRun(DEMO_MANAGER_AGENT_ID, (fake) => fake.failNext({ path: '/api/v2/custom_roles/360000003', status: 403 }))
  expect(permissions.deleteEndUsers).toBe(false)
  expect(plan.userDeletion?.blockers.map((b) => b.code)).toContain('no_permission')
  expect(result.journal.entries.filter((e) => e.kind === 'soft_delete_user').every((e) => e.state === 'skipped' && e.reason === 'not_permitted')).toBe(true)
  expect(kit.fake.writeLog.some((w) => w.path.startsWith('/api/v2/users/') || w.path.startsWith('/api/v2/deleted_users'))).toBe(false)
  expect(kit.fake.state.isUserDeleted(DEMO_SUBJECT_ID)).toBe(false)
})

test('an admin may do everything in the plan', async () => {
  const { kit, permissions, plan, journal, result } = await planAndRun(DEMO_ADMIN_ID)
  expect(permissions.isAdmin).toBe(true)
  expect(plan.operations.every((op) => op.allowed)).toBe(true)
  expect(result.outcome).toBe('finished')
  expectOnlyConfirmedWrites(kit.fake, journal)
})

test('irreversible steps the agent did not confirm by typing are never sent', async () => {
  const kit = createErasureKit({ agentId: DEMO_ADMIN_ID })
  const plan = await kit.plan(demoInventory(kit.fake), { deleteTicketIds: [52], user: { subject: SUBJECT, deleteUser: true, permanentlyDelete: true, deleteUnclosedRequestedTickets: true } })
  const journal = kit.confirm(plan, [])
  kit.fake.clearWriteLog()
  const result = await kit.run(journal, plan)
  expect(kit.fake.writeLog.some((w) => w.path.startsWith('/api/v2/deleted_tickets') || w.path.startsWith('/api/v2/deleted_users'))).toBe(false)
  expect(result.journal.entries.filter((e) => e.irreversible).every((e) => e.reason === 'not_confirmed')).toBe(true)
  expect(kit.fake.state.isUserDeleted(DEMO_SUBJECT_ID)).toBe(true)
  expect(kit.fake.state.isUserPermanentlyDeleted(DEMO_SUBJECT_ID)).toBe(false)
  expectOnlyConfirmedWrites(kit.fake, journal)
})

// @vitest-environment node
import { planErasure } from '../../../src/core/erasure/plan-erasure'
import type { ErasureOptions, SubjectProfile } from '../../../src/core/erasure/erasure-types'
import { ADMIN, AGENT, AGENT_ID, SUBJECT, inventory, ticket } from './inventory-fixture'

function plan(subject: SubjectProfile, overrides: Partial<NonNullable<ErasureOptions['user']>> = {}, tickets = [ticket(1, { status: 'closed' })], permissions = ADMIN) {
  return planErasure(inventory(tickets, []), {
    permissions,
    agentId: AGENT_ID,
    user: { subject, deleteUser: true, permanentlyDelete: true, ...overrides },
  })
}

const ids = (p: ReturnType<typeof plan>) => p.operations.map((op) => op.id)

test('a subject with only closed tickets can be soft- then permanently deleted by an admin', () => {
  const p = plan(SUBJECT)
  expect(p.userDeletion).toEqual({ userId: 501, alreadySoftDeleted: false, canSoftDelete: true, canPermanentlyDelete: true, blockers: [] })
  expect(ids(p)).toEqual(['delete-user:501', 'purge-user:501'])
  expect(p.operations.map((op) => op.irreversible)).toEqual([false, true])
})

test('requester on tickets not yet closed blocks the deletion; solved is not closed', () => {
  const tickets = [ticket(1, { status: 'solved' }), ticket(2, { status: 'pending' }), ticket(3, { status: 'closed' }), ticket(4, { status: 'open', requesterId: 77 })]
  const p = plan(SUBJECT, {}, tickets)
  expect(p.userDeletion?.blockers).toEqual([{ code: 'unclosed_requester', fix: 'delete_tickets', ticketIds: [1, 2], resolvedByPlan: false }])
  expect(p.userDeletion?.canSoftDelete).toBe(false)
  expect(ids(p)).toEqual([])
})

test('the fix the API allows: delete those tickets first, then the user', () => {
  const tickets = [ticket(1, { status: 'solved' }), ticket(3, { status: 'closed' })]
  const p = plan(SUBJECT, { deleteUnclosedRequestedTickets: true }, tickets)
  expect(p.userDeletion?.blockers).toEqual([{ code: 'unclosed_requester', fix: 'delete_tickets', ticketIds: [1], resolvedByPlan: true }])
  expect(ids(p)).toEqual(['soft-delete:1', 'purge:1', 'delete-user:501', 'purge-user:501'])
  expect(p.operations[0]?.reasons).toEqual(['unclosed_requester'])
})

test('an agent without ticket deletion is told to close the tickets instead', () => {
  const p = plan(SUBJECT, {}, [ticket(1, { status: 'hold' })], { ...AGENT, deleteTickets: false })
  expect(p.userDeletion?.blockers.map((b) => [b.code, b.fix])).toEqual([
    ['unclosed_requester', 'close_tickets'],
    ['no_permission', 'ask_admin'],
  ])
})

test('the agent themself, the account owner and shared users cannot be deleted', () => {
  expect(plan({ ...SUBJECT, id: AGENT_ID }, {}, []).userDeletion?.blockers.map((b) => b.code)).toEqual(['self'])
  expect(plan(SUBJECT, { accountOwnerId: SUBJECT.id }, []).userDeletion?.blockers.map((b) => [b.code, b.fix])).toEqual([['account_owner', 'none']])
  const shared = plan({ ...SUBJECT, shared: true }, {}, [])
  expect(shared.userDeletion?.blockers.map((b) => [b.code, b.fix])).toEqual([['shared_user', 'none']])
  expect(shared.userDeletion?.canPermanentlyDelete).toBe(false)
  expect(ids(shared)).toEqual([])
})

test('agents and admins need a role change first, which only an admin can make', () => {
  const staff = { ...SUBJECT, role: 'agent' }
  expect(plan(staff, {}, []).userDeletion?.blockers).toEqual([{ code: 'staff_role', fix: 'change_role', resolvedByPlan: false }])
  const fixed = plan(staff, { changeRoleToEndUser: true }, [])
  expect(fixed.userDeletion?.blockers).toEqual([{ code: 'staff_role', fix: 'change_role', resolvedByPlan: true }])
  expect(ids(fixed)).toEqual(['role:501', 'delete-user:501', 'purge-user:501'])
  const byAgent = plan(staff, { changeRoleToEndUser: true }, [], AGENT)
  expect(byAgent.userDeletion?.blockers.map((b) => [b.code, b.fix])).toEqual([
    ['staff_role', 'ask_admin'],
    ['no_permission', 'ask_admin'],
  ])
})

test('an agent without "manage end users" sees that an admin must delete the user', () => {
  const p = plan(SUBJECT, {}, [], AGENT)
  expect(p.userDeletion?.blockers).toEqual([{ code: 'no_permission', fix: 'ask_admin', resolvedByPlan: false }])
  expect(p.userDeletion?.canPermanentlyDelete).toBe(false)
  expect(ids(p)).toEqual([])
})

test('an already soft-deleted user only needs the permanent deletion', () => {
  const p = plan({ ...SUBJECT, active: false }, {}, [ticket(1, { status: 'open' })])
  expect(p.userDeletion).toMatchObject({ alreadySoftDeleted: true, canSoftDelete: false, canPermanentlyDelete: true, blockers: [] })
  expect(ids(p)).toEqual(['purge-user:501'])
})

test('identities can be deleted on their own, even without deleting the user', () => {
  const p = plan(SUBJECT, { deleteUser: false, deleteIdentityIds: [31, 32] }, [])
  expect(ids(p)).toEqual(['identity:31', 'identity:32'])
})

test('dropping the soft delete of the user drops the permanent deletion too', () => {
  const p = planErasure(inventory([], []), {
    permissions: ADMIN,
    agentId: AGENT_ID,
    droppedOperationIds: ['delete-user:501'],
    user: { subject: SUBJECT, deleteUser: true, permanentlyDelete: true },
  })
  expect(ids(p)).toEqual([])
  expect(p.dropped.map((d) => d.operationId)).toEqual(['delete-user:501', 'purge-user:501'])
})

test('the live list of requested tickets wins over an incomplete inventory, and the fix reaches tickets outside it', () => {
  const requestedTickets = [{ id: 1, status: 'closed' }, { id: 2, status: 'solved' }, { id: 99, status: 'open' }]
  const blocked = plan(SUBJECT, { requestedTickets }, [ticket(1, { status: 'closed' })])
  expect(blocked.userDeletion?.blockers).toEqual([{ code: 'unclosed_requester', fix: 'delete_tickets', ticketIds: [2, 99], resolvedByPlan: false }])
  const fixed = plan(SUBJECT, { requestedTickets, deleteUnclosedRequestedTickets: true }, [ticket(1, { status: 'closed' })])
  expect(ids(fixed)).toEqual(['soft-delete:2', 'soft-delete:99', 'purge:2', 'purge:99', 'delete-user:501', 'purge-user:501'])
  expect(fixed.tickets.map((t) => [t.ticketId, t.deletionReasons])).toEqual([
    [1, []],
    [2, ['unclosed_requester']],
    [99, ['unclosed_requester']],
  ].filter(([, r]) => (r as string[]).length > 0))
  expect(fixed.warnings).toEqual([])
})

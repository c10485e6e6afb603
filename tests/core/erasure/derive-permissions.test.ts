import { derivePermissions, hasNoDestructivePermission } from '../../../src/core/erasure/derive-permissions'

/** Custom roles (`GET /api/v2/custom_roles/{id}` → `configuration`): only "full" end-user access deletes end users. */

const AGENT = { role: 'agent', role_type: 0, custom_role_id: 360000003 }

test.each([
  ['full', true],
  ['edit', false],
  ['edit-within-org', false],
  ['readonly', false],
  [undefined, false],
])('end_user_profile_access %s → deleteEndUsers %s', (access, expected) => {
  const p = derivePermissions(AGENT, { agentTicketDeletion: false }, access === undefined ? {} : { end_user_profile_access: access })
  expect(p.deleteEndUsers).toBe(expected)
  expect(p).toMatchObject({ isAdmin: false, customRoleId: 360000003, deleteStaff: false, changeRoles: false, permanentlyDeleteTickets: false })
})

test('a manager role that may not delete tickets still has a destructive permission: deleting end users', () => {
  const p = derivePermissions(AGENT, { agentTicketDeletion: false }, { end_user_profile_access: 'full', ticket_deletion: false })
  expect(p).toMatchObject({ deleteEndUsers: true, deleteTickets: false, redact: false })
  expect(hasNoDestructivePermission(p)).toBe(false)
})

test('a light agent or an end user never deletes users, whatever the role says', () => {
  const role = { end_user_profile_access: 'full', ticket_deletion: true }
  expect(derivePermissions({ role: 'agent', role_type: 1, custom_role_id: 360000002 }, {}, role).deleteEndUsers).toBe(false)
  expect(derivePermissions({ role: 'end-user' }, {}, role).deleteEndUsers).toBe(false)
})

test('an unreadable role (undefined) falls back to the account setting for tickets and "no" for users', () => {
  const p = derivePermissions(AGENT, { agentTicketDeletion: true }, undefined)
  expect(p).toMatchObject({ deleteTickets: true, redact: true, deleteEndUsers: false })
})

// @vitest-environment node
import { describe, expect, test } from 'vitest'
import {
  DEMO_ADMIN_ID,
  DEMO_AGENT_ID,
  DEMO_LIGHT_AGENT_ID,
  DEMO_MANAGER_AGENT_ID,
  DEMO_OWNER_ID,
  DEMO_PLANTED,
  DEMO_REQUEST_TICKET_ID,
  DEMO_SHARED_USER_ID,
  DEMO_SUBJECT_ID,
  DEMO_TICKET_IDS,
} from '../../dev/fake-zendesk/index'
import { del, get, put, useFakeZendesk } from './support'

const fake = useFakeZendesk()
const USER = `/api/v2/users/${DEMO_SUBJECT_ID}`
const FORBIDDEN = { error: { title: 'Forbidden', message: expect.any(String) } }

/** Closes every ticket the subject requested that is not closed, as the erasure flow must. */
function closeSubjectTickets() {
  for (const id of DEMO_PLANTED.subjectTickets.requested) {
    const ticket = fake.state.tickets.get(id)
    if (ticket) ticket.status = 'closed'
  }
}

describe('soft-deleting a user: DELETE /users/:id', () => {
  test('refused while the user requests tickets that are not closed (solved is not closed): 422 E2', async () => {
    const { status, body } = await del(USER)
    expect(status).toBe(422)
    expect(body).toMatchObject({ error: 'RecordInvalid', details: { base: [{ description: expect.any(String) }] } })
    expect(fake.state.getUser(DEMO_SUBJECT_ID)?.active).toBe(true)
  })

  test('succeeds once every requested ticket is closed: 200 {user} with active:false', async () => {
    closeSubjectTickets()
    const { status, body } = await del(USER)
    expect(status).toBe(200)
    expect(body.user).toMatchObject({ id: DEMO_SUBJECT_ID, active: false })
    expect(fake.state.isUserDeleted(DEMO_SUBJECT_ID)).toBe(true)
    expect((await get(USER)).body.user.active).toBe(false)
    expect((await del(USER)).status).toBe(404)
  })

  test('the account owner, the caller themself and shared users are refused with 403 E4', async () => {
    expect(await del(`/api/v2/users/${DEMO_OWNER_ID}`)).toMatchObject({ status: 403, body: FORBIDDEN })
    expect(await del(`/api/v2/users/${DEMO_ADMIN_ID}`)).toMatchObject({ status: 403, body: FORBIDDEN })
    expect(await del(`/api/v2/users/${DEMO_SHARED_USER_ID}`)).toMatchObject({ status: 403, body: FORBIDDEN })
  })

  test.each([
    ['a light agent', DEMO_LIGHT_AGENT_ID, 403],
    ['a plain agent', DEMO_AGENT_ID, 403],
    ['an end user', DEMO_SUBJECT_ID + 1, 403],
    ['an agent whose role manages end users', DEMO_MANAGER_AGENT_ID, 200],
    ['an admin', DEMO_ADMIN_ID, 200],
  ])('%s → %i', async (_who, actor, expected) => {
    closeSubjectTickets()
    fake.setActingUser(actor)
    expect((await del(USER)).status).toBe(expected)
  })

  test('an unknown user is a 404 E1', async () => {
    expect(await del('/api/v2/users/99999')).toMatchObject({ status: 404, body: { error: 'RecordNotFound' } })
  })
})

describe('permanent deletion: DELETE /deleted_users/:id', () => {
  test('needs the soft delete first (404), then answers {deleted_user}, then 422 DuplicateValue', async () => {
    expect((await del(`/api/v2/deleted_users/${DEMO_SUBJECT_ID}`)).status).toBe(404)
    closeSubjectTickets()
    await del(USER)
    const first = await del(`/api/v2/deleted_users/${DEMO_SUBJECT_ID}`)
    expect(first.status).toBe(200)
    expect(first.body.deleted_user).toMatchObject({ id: DEMO_SUBJECT_ID, active: false, name: 'Léa Martin' })
    const second = await del(`/api/v2/deleted_users/${DEMO_SUBJECT_ID}`)
    expect(second.status).toBe(422)
    expect(second.body).toEqual({
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: { user_id: [{ description: 'User Only one deletion request needed per user', error: 'DuplicateValue' }] },
    })
  })

  test('afterwards the user is scrubbed, gone from /users, listed in deleted_users, with compliance statuses', async () => {
    closeSubjectTickets()
    await del(USER)
    await del(`/api/v2/deleted_users/${DEMO_SUBJECT_ID}`)
    expect((await get(USER)).status).toBe(404)
    const shown = await get(`/api/v2/deleted_users/${DEMO_SUBJECT_ID}`)
    expect(shown.body.deleted_user).toMatchObject({ name: 'Permanently Deleted User', email: null, phone: null })
    const list = await get('/api/v2/deleted_users')
    expect(list.body.deleted_users.map((u: { id: number }) => u.id)).toContain(DEMO_SUBJECT_ID)
    const statuses = await get(`${USER}/compliance_deletion_statuses?application=support`)
    expect(statuses.body.compliance_deletion_statuses.map((s: { action: string }) => s.action)).toEqual(['request_deletion', 'started', 'complete'])
    expect(fake.state.getIdentities(DEMO_SUBJECT_ID)).toEqual([])
    // Tickets stay, still pointing at the scrubbed user: that is why comments are redacted first.
    expect(fake.state.getTicket(DEMO_REQUEST_TICKET_ID)?.requester_id).toBe(DEMO_SUBJECT_ID)
  })

  test('plain agents cannot permanently delete users', async () => {
    closeSubjectTickets()
    await del(USER)
    fake.setActingUser(DEMO_AGENT_ID)
    expect((await del(`/api/v2/deleted_users/${DEMO_SUBJECT_ID}`)).status).toBe(403)
  })

  test('compliance statuses of a user who never existed are a 404', async () => {
    expect((await get('/api/v2/users/99999/compliance_deletion_statuses')).status).toBe(404)
  })
})

describe('tickets: soft delete, deleted_tickets, restore, permanent delete', () => {
  const ticketId = DEMO_TICKET_IDS['lea-new-complaint'] ?? 0

  test('DELETE /tickets/:id answers 204, then the ticket is a 404 and listed in deleted_tickets', async () => {
    const deleted = await del(`/api/v2/tickets/${ticketId}`)
    expect(deleted.status).toBe(204)
    expect(deleted.text).toBe('')
    expect((await get(`/api/v2/tickets/${ticketId}`)).status).toBe(404)
    expect((await get(`/api/v2/tickets/${ticketId}/comments`)).status).toBe(404)
    const list = await get('/api/v2/deleted_tickets?page[size]=100')
    const item = list.body.deleted_tickets.find((t: { id: number }) => t.id === ticketId)
    expect(item).toMatchObject({ subject: 'Nouvelle réclamation', actor: { id: DEMO_ADMIN_ID, name: 'Rafael Souza' }, previous_state: 'new' })
    expect(list.body.meta).toMatchObject({ has_more: false })
    expect(fake.state.isTicketDeleted(ticketId)).toBe(true)
  })

  test('restore answers 200 {} and brings the ticket back', async () => {
    await del(`/api/v2/tickets/${ticketId}`)
    const restored = await put(`/api/v2/deleted_tickets/${ticketId}/restore`)
    expect(restored).toMatchObject({ status: 200, body: {} })
    expect((await get(`/api/v2/tickets/${ticketId}`)).body.ticket.status).toBe('new')
    expect((await put(`/api/v2/deleted_tickets/${ticketId}/restore`)).status).toBe(404)
  })

  test('permanent delete of a live ticket is a 404; of a soft-deleted one a job that removes it', async () => {
    expect((await del(`/api/v2/deleted_tickets/${ticketId}`)).status).toBe(404)
    await del(`/api/v2/tickets/${ticketId}`)
    const queued = await del(`/api/v2/deleted_tickets/${ticketId}`)
    expect(queued.status).toBe(200)
    expect(queued.body.job_status).toMatchObject({ status: 'queued', total: null, progress: null, results: null })
    expect(queued.body.job_status.id).toMatch(/^V3-[0-9a-f]+$/)
    expect(fake.state.isTicketPermanentlyDeleted(ticketId)).toBe(false)
    fake.runJobs()
    expect(fake.state.isTicketPermanentlyDeleted(ticketId)).toBe(true)
    expect((await put(`/api/v2/deleted_tickets/${ticketId}/restore`)).status).toBe(404)
  })

  test('destroy_many and restore_many', async () => {
    const ids = DEMO_PLANTED.subjectTickets.requested.slice(0, 3)
    const queued = await del(`/api/v2/tickets/destroy_many?ids=${ids.join(',')}`)
    expect(queued.body.job_status).toMatchObject({ status: 'queued', total: 3 })
    fake.runJobs()
    for (const id of ids) expect(fake.state.isTicketDeleted(id)).toBe(true)
    expect((await put(`/api/v2/deleted_tickets/restore_many?ids=${ids.join(',')}`)).status).toBe(200)
    for (const id of ids) expect(fake.state.isTicketDeleted(id)).toBe(false)
    const tooMany = await del(`/api/v2/tickets/destroy_many?ids=${Array.from({ length: 101 }, (_, i) => i + 1).join(',')}`)
    expect(tooMany.status).toBe(400)
  })

  test.each([
    ['an admin', DEMO_ADMIN_ID, { soft: 204, permanent: 200 }],
    ['an agent (agents can delete tickets)', DEMO_AGENT_ID, { soft: 204, permanent: 403 }],
    ['a light agent', DEMO_LIGHT_AGENT_ID, { soft: 403, permanent: 403 }],
    ['an end user', DEMO_SUBJECT_ID, { soft: 403, permanent: 403 }],
  ])('%s: soft %o', async (_who, actor, expected) => {
    fake.setActingUser(actor)
    expect((await del(`/api/v2/tickets/${ticketId}`)).status).toBe(expected.soft)
    fake.state.tickets.get(ticketId)!.deleted_at ??= '2026-03-01T00:00:00Z'
    expect((await del(`/api/v2/deleted_tickets/${ticketId}`)).status).toBe(expected.permanent)
  })

  test('agents cannot delete tickets when the account setting is off', async () => {
    fake.updateSettings({ agentsCanDelete: false })
    fake.setActingUser(DEMO_AGENT_ID)
    expect((await del(`/api/v2/tickets/${ticketId}`)).status).toBe(403)
  })
})

describe('bulk user deletion: DELETE /users/destroy_many', () => {
  test('admins only; per-user failures land in the job results', async () => {
    fake.setActingUser(DEMO_AGENT_ID)
    expect((await del(`/api/v2/users/destroy_many?ids=${DEMO_SUBJECT_ID}`)).status).toBe(403)
    fake.setActingUser(DEMO_ADMIN_ID)
    const spammer = fake.state.listUserIds().find((id) => fake.state.getUser(id)?.name === 'Bulk Mailer') ?? 0
    const queued = await del(`/api/v2/users/destroy_many?ids=${DEMO_SUBJECT_ID},${spammer}`)
    const jobUrl = `/api/v2/job_statuses/${queued.body.job_status.id}`
    await get(jobUrl)
    const done = await get(jobUrl)
    expect(done.body.job_status.status).toBe('completed')
    expect(done.body.job_status.results).toEqual([
      { index: 0, id: DEMO_SUBJECT_ID, error: 'UserDeleteFailed', details: expect.stringContaining('not closed') },
      { index: 1, id: spammer, action: 'delete', success: true, status: 'Deleted' },
    ])
  })
})

describe('Talk recordings: DELETE /channels/voice/calls/:call_id/recordings', () => {
  const recording = DEMO_PLANTED.voiceRecordings.find((r) => DEMO_PLANTED.subjectTickets.requested.includes(r.ticketId))
  const url = `/api/v2/channels/voice/calls/${recording?.callId}/recordings`

  test('admins only; a second delete is a 404; an unknown call is a 404', async () => {
    fake.setActingUser(DEMO_AGENT_ID)
    expect((await del(url)).status).toBe(403)
    fake.setActingUser(DEMO_ADMIN_ID)
    expect((await del(url)).status).toBe(204)
    expect(fake.state.isRecordingDeleted(recording?.callId ?? '')).toBe(true)
    expect((await del(url)).status).toBe(404)
    expect((await del('/api/v2/channels/voice/calls/CAunknown/recordings')).status).toBe(404)
  })
})

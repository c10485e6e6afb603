// @vitest-environment node
import { describe, expect, test } from 'vitest'
import {
  DEMO_AGENT_ID,
  DEMO_LIGHT_AGENT_ID,
  DEMO_PLANTED,
  DEMO_REQUEST_TICKET_ID,
  DEMO_SUBJECT_ID,
  DEMO_TICKET_IDS,
} from '../../dev/fake-zendesk/index'
import { get, put, useFakeZendesk } from './support'

const fake = useFakeZendesk()
const REQUEST = `/api/v2/tickets/${DEMO_REQUEST_TICKET_ID}`
const closedId = DEMO_TICKET_IDS['lea-identity-check'] ?? 0
const archivedId = DEMO_TICKET_IDS['lea-order-never-received'] ?? 0
const ids = (list: Array<{ id: number }>) => list.map((t) => t.id)

describe('tickets', () => {
  test('show returns the ticket fields, description from the first comment', async () => {
    const { body } = await get(REQUEST)
    expect(body.ticket).toMatchObject({ id: DEMO_REQUEST_TICKET_ID, requester_id: DEMO_SUBJECT_ID, status: 'open', tags: expect.arrayContaining(['privacy_request']) })
    expect(body.ticket.description).toContain('article 17')
    for (const key of ['collaborator_ids', 'follower_ids', 'email_cc_ids', 'custom_fields', 'via', 'updated_at', 'organization_id']) expect(body.ticket).toHaveProperty(key)
    expect(body.ticket).not.toHaveProperty('archived')
  })

  test('archived tickets are closed, readable by id and in show_many; soft-deleted ones are not', async () => {
    expect((await get(`/api/v2/tickets/${archivedId}`)).body.ticket.status).toBe('closed')
    const deleted = DEMO_PLANTED.deletedTicketIds[0]
    expect((await get(`/api/v2/tickets/${deleted}`)).status).toBe(404)
    const many = await get(`/api/v2/tickets/show_many?ids=${archivedId},${deleted},${DEMO_REQUEST_TICKET_ID}`)
    expect(ids(many.body.tickets)).toEqual([archivedId, DEMO_REQUEST_TICKET_ID])
  })

  test("a user's requested tickets: offset pages of at most 100 with next_page and count", async () => {
    const requested = DEMO_PLANTED.subjectTickets.requested
    const first = await get(`/api/v2/users/${DEMO_SUBJECT_ID}/tickets/requested?per_page=7`)
    expect(first.body.count).toBe(requested.length)
    expect(first.body.tickets).toHaveLength(7)
    expect(first.body.previous_page).toBeNull()
    const seen = [...ids(first.body.tickets)]
    let next: string | null = first.body.next_page
    while (next) {
      const page = await get(next)
      seen.push(...ids(page.body.tickets))
      next = page.body.next_page
    }
    expect(seen.sort((a, b) => a - b)).toEqual(requested)
    const clamped = await get(`/api/v2/users/${DEMO_SUBJECT_ID}/tickets/requested?per_page=500`)
    expect(clamped.body.tickets).toHaveLength(requested.length)
  })

  test('ccd, followed and assigned lists, and their counts', async () => {
    const base = `/api/v2/users/${DEMO_SUBJECT_ID}/tickets`
    expect(ids((await get(`${base}/ccd`)).body.tickets).sort((a, b) => a - b)).toEqual(DEMO_PLANTED.subjectTickets.ccd)
    expect(ids((await get(`${base}/followed`)).body.tickets).sort((a, b) => a - b)).toEqual(DEMO_PLANTED.subjectTickets.followed)
    expect((await get(`${base}/ccd/count`)).body.count.value).toBe(DEMO_PLANTED.subjectTickets.ccd.length)
    const assigned = await get(`/api/v2/users/${DEMO_AGENT_ID}/tickets/assigned/count`)
    expect(assigned.body.count.value).toBeGreaterThan(10)
  })

  test('adding a public comment and tags', async () => {
    fake.setActingUser(DEMO_AGENT_ID)
    const { status, body } = await put(REQUEST, { ticket: { comment: { body: 'Nous traitons votre demande.', public: true }, additional_tags: ['privacy_in_progress'] } })
    expect(status).toBe(200)
    expect(body.ticket.tags).toEqual(expect.arrayContaining(['privacy_request', 'privacy_in_progress']))
    expect(body.audit.events[0]).toMatchObject({ type: 'Comment', public: true, body: 'Nous traitons votre demande.' })
    const last = fake.state.getComments(DEMO_REQUEST_TICKET_ID).at(-1)
    expect(last).toMatchObject({ author_id: DEMO_AGENT_ID, public: true, plain_body: 'Nous traitons votre demande.' })
    expect(last?.html_body).toBe('<div class="zd-comment" dir="auto"><p dir="auto">Nous traitons votre demande.</p></div>')
  })

  test('an internal note in html_body', async () => {
    const { body } = await put(REQUEST, { ticket: { comment: { html_body: '<p>Evidence: <b>3</b> tickets</p>', public: false } } })
    expect(body.audit.events[0]).toMatchObject({ public: false, plain_body: 'Evidence: 3 tickets' })
  })

  test('closed tickets refuse updates with 422 "Status: closed prevents ticket update"', async () => {
    for (const id of [closedId, archivedId]) {
      const { status, body } = await put(`/api/v2/tickets/${id}`, { ticket: { comment: { body: 'hello' } } })
      expect(status).toBe(422)
      expect(body).toMatchObject({ error: 'RecordInvalid', details: { status: [{ description: 'Status: closed prevents ticket update' }] } })
    }
  })

  test('setting status closed works once, then the ticket is locked', async () => {
    expect((await put(REQUEST, { ticket: { status: 'closed' } })).body.ticket.status).toBe('closed')
    expect((await put(REQUEST, { ticket: { status: 'open' } })).status).toBe(422)
  })

  test('light agents may add internal notes only', async () => {
    fake.setActingUser(DEMO_LIGHT_AGENT_ID)
    expect((await put(REQUEST, { ticket: { comment: { body: 'note', public: false } } })).status).toBe(200)
    expect((await put(REQUEST, { ticket: { comment: { body: 'reply', public: true } } })).status).toBe(403)
    expect((await put(REQUEST, { ticket: { status: 'solved' } })).status).toBe(403)
  })

  test('safe_update with a stale stamp is a 409', async () => {
    const { status, body } = await put(REQUEST, { ticket: { status: 'pending', safe_update: true, updated_stamp: '2020-01-01T00:00:00Z' } })
    expect(status).toBe(409)
    expect(body.error).toBe('UpdateConflict')
  })

  test('tags API', async () => {
    expect((await put(`${REQUEST}/tags`, { tags: ['Erasure Started'] })).body.tags).toEqual(expect.arrayContaining(['erasure', 'started']))
    expect((await get(`${REQUEST}/tags`)).body.tags).toContain('erasure')
  })
})

describe('comments', () => {
  const requestComments = `${REQUEST}/comments`

  test('offset listing by default: oldest first, with count', async () => {
    const { body } = await get(requestComments)
    expect(body.count).toBe(3)
    expect(body.comments[0].author_id).toBe(DEMO_SUBJECT_ID)
    expect(body.comments[0]).toMatchObject({ type: 'Comment', public: true })
    for (const key of ['id', 'body', 'html_body', 'plain_body', 'audit_id', 'attachments', 'via', 'metadata', 'created_at']) expect(body.comments[0]).toHaveProperty(key)
    expect(body.comments[1].public).toBe(false)
  })

  test('cursor pagination walks every comment once, forwards and backwards', async () => {
    const ticketId = DEMO_TICKET_IDS['lea-identity-check'] ?? 0
    const all = fake.state.getComments(ticketId).map((c) => c.id)
    const seen: number[] = []
    let url: string | null = `/api/v2/tickets/${ticketId}/comments?page[size]=1`
    let last: { meta: { has_more: boolean; before_cursor: string } } | undefined
    while (url) {
      const page = await get(url)
      expect(page.body).not.toHaveProperty('count')
      seen.push(...ids(page.body.comments))
      last = page.body
      url = page.body.meta.has_more ? page.body.links.next : null
    }
    expect(seen).toEqual(all)
    const back = await get(`/api/v2/tickets/${ticketId}/comments?page[size]=2&page[before]=${last?.meta.before_cursor}`)
    expect(ids(back.body.comments)).toEqual(all.slice(-3, -1))
    const newestFirst = await get(`/api/v2/tickets/${ticketId}/comments?page[size]=100&sort=-created_at`)
    expect(ids(newestFirst.body.comments)).toEqual([...all].reverse())
  })

  test('a bad cursor or page size is an E5 400', async () => {
    const bad = await get(`${requestComments}?page[after]=not-a-cursor`)
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].code).toBe('InvalidPaginationParameter')
    expect((await get(`${requestComments}?page[size]=101`)).status).toBe(400)
  })

  test('inline images are listed only with include_inline_images=true', async () => {
    const ticketId = DEMO_TICKET_IDS['lea-loyalty-points'] ?? 0
    const inline = DEMO_PLANTED.attachments.find((a) => a.ticketId === ticketId && a.inline)
    const without = await get(`/api/v2/tickets/${ticketId}/comments`)
    expect(without.body.comments[0].attachments).toEqual([])
    expect(without.body.comments[0].html_body).toContain('<img src=')
    const withImages = await get(`/api/v2/tickets/${ticketId}/comments?include_inline_images=true`)
    expect(withImages.body.comments[0].attachments[0]).toMatchObject({ id: inline?.attachmentId, inline: true, file_name: 'screenshot_points.png' })
  })

  test('attachments carry the Zendesk attachment fields', async () => {
    const passport = DEMO_PLANTED.attachments.find((a) => a.fileName === 'passport_scan.jpg')
    const { body } = await get(`/api/v2/tickets/${passport?.ticketId}/comments`)
    const attachment = body.comments.flatMap((c: { attachments: unknown[] }) => c.attachments)[0]
    expect(attachment).toMatchObject({ file_name: 'passport_scan.jpg', content_type: 'image/jpeg', inline: false, deleted: false, malware_scan_result: 'malware_not_found' })
    expect(attachment.content_url).toMatch(/^https:\/\/demo\.zendesk\.com\/attachments\/token\//)
    expect(attachment.thumbnails).toHaveLength(1)
  })

  test('voice comments carry data.recording_url and data.call_id', async () => {
    const recording = DEMO_PLANTED.voiceRecordings.find((r) => DEMO_PLANTED.subjectTickets.requested.includes(r.ticketId))
    const { body } = await get(`/api/v2/tickets/${recording?.ticketId}/comments`)
    const voice = body.comments.find((c: { type: string }) => c.type === 'VoiceComment')
    expect(voice.data).toMatchObject({ call_id: recording?.callId, recording_url: recording?.recordingUrl })
    expect(voice.formatted_from).toBe('+33612345678')
  })

  test('include=users sideloads the authors', async () => {
    const { body } = await get(`${requestComments}?include=users`)
    expect(ids(body.users).sort()).toEqual([DEMO_AGENT_ID, DEMO_SUBJECT_ID].sort())
  })

  test('comment count', async () => {
    expect((await get(`${requestComments}/count`)).body.count.value).toBe(3)
  })
})

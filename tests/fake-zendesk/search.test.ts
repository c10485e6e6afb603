// @vitest-environment node
import { getResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { createFakeZendesk, DEMO_NOW, DEMO_PLANTED, DEMO_SUBJECT_ID, DEMO_TICKET_IDS, makeScaleSeed } from '../../dev/fake-zendesk/index'
import { BASE, get, put, useFakeZendesk } from './support'

const fake = useFakeZendesk()

async function search(query: string, extra = '') {
  return get(`/api/v2/search?query=${encodeURIComponent(query)}${extra}`)
}
async function ticketIds(query: string): Promise<number[]> {
  const { body } = await search(query)
  return body.results.filter((r: { result_type: string }) => r.result_type === 'ticket').map((r: { id: number }) => r.id).sort((a: number, b: number) => a - b)
}
const lisbon = DEMO_TICKET_IDS['lea-lisbon-order']

describe('matching', () => {
  test('whole words and word prefixes match; infixes do not', async () => {
    expect(await ticketIds('Lisboa')).toContain(lisbon)
    expect(await ticketIds('Lisb')).toContain(lisbon)
    expect(await ticketIds('isboa')).not.toContain(lisbon)
  })

  test('case and accents are ignored', async () => {
    expect(await ticketIds('"LEA MARTIN"')).toEqual(await ticketIds('"Léa Martin"'))
  })

  test('quoted phrases need the words together, in order', async () => {
    const email = await ticketIds('"lea.martin@example.com"')
    const planted = [...new Set(DEMO_PLANTED.occurrences.filter((o) => o.value.toLowerCase() === 'lea.martin@example.com').map((o) => o.ticketId))].sort((a, b) => a - b)
    expect(email).toEqual(planted)
    expect(await ticketIds('"martin lea"')).toEqual([])
  })

  test('a phone number is found only in the format searched for, so the app must scan text itself', async () => {
    const e164 = await ticketIds('"+33612345678"')
    const spaced = await ticketIds('"06 12 34 56 78"')
    expect(e164.length).toBeGreaterThan(0)
    expect(spaced.length).toBeGreaterThan(0)
    expect(e164.some((id) => !spaced.includes(id))).toBe(true)
    expect(spaced.some((id) => !e164.includes(id))).toBe(true)
  })

  test('- negates a term', async () => {
    expect(await ticketIds('Lisboa')).toContain(lisbon)
    expect(await ticketIds('Lisboa -encomenda')).not.toContain(lisbon)
  })

  test('type:user finds users by email; untyped queries mix result types', async () => {
    const users = await search('type:user lea.m.perso@example.org')
    expect(users.body.results).toEqual([expect.objectContaining({ id: DEMO_SUBJECT_ID, result_type: 'user' })])
    const mixed = await search('Martin')
    expect(new Set(mixed.body.results.map((r: { result_type: string }) => r.result_type))).toEqual(new Set(['ticket', 'user', 'organization']))
  })
})

describe('keywords', () => {
  test('requester: by email, by id and by phone give the subject’s live tickets (archived included)', async () => {
    const requested = DEMO_PLANTED.subjectTickets.requested
    expect(await ticketIds('type:ticket requester:lea.martin@example.com')).toEqual(requested)
    expect(await ticketIds(`requester:${DEMO_SUBJECT_ID}`)).toEqual(requested)
    expect(await ticketIds('requester:+33612345678')).toEqual(requested)
  })

  test('cc: and commenter:', async () => {
    expect(await ticketIds(`cc:${DEMO_SUBJECT_ID}`)).toEqual(DEMO_PLANTED.subjectTickets.ccd)
    const commented = await ticketIds('commenter:lea.martin@example.com')
    for (const id of DEMO_PLANTED.subjectTickets.commented) expect(commented).toContain(id)
    expect(commented.every((id) => DEMO_PLANTED.subjectTickets.requested.includes(id) || DEMO_PLANTED.subjectTickets.commented.includes(id))).toBe(true)
  })

  test('status: equality and comparison', async () => {
    const closed = await search(`requester:${DEMO_SUBJECT_ID} status:closed`)
    expect(closed.body.results.every((t: { status: string }) => t.status === 'closed')).toBe(true)
    const notSolved = await search(`requester:${DEMO_SUBJECT_ID} status<solved`)
    expect(notSolved.body.results.every((t: { status: string }) => ['new', 'open', 'pending', 'hold'].includes(t.status))).toBe(true)
    expect(notSolved.body.count).toBeGreaterThan(0)
  })

  test('soft-deleted tickets are not searchable', async () => {
    const deleted = DEMO_PLANTED.deletedTicketIds[0]
    expect(await ticketIds('Doublon')).not.toContain(deleted)
  })
})

describe('paging, count and limits', () => {
  test('100 per page at most, true count, next_page/previous_page', async () => {
    const first = await search('type:ticket', '&per_page=10')
    expect(first.body.count).toBe(fake.state.listTicketIds().filter((id) => !fake.state.isTicketDeleted(id)).length)
    expect(first.body.results).toHaveLength(10)
    expect(first.body.facets).toBeNull()
    const second = await get(first.body.next_page)
    expect(second.body.previous_page).toContain('page=1')
    expect((await search('type:ticket', '&per_page=1000')).body.results).toHaveLength(first.body.count > 100 ? 100 : first.body.count)
  })

  test('a page reaching past result 1,000 is the 422 Search Response Limits error', async () => {
    const { status, body } = await search('type:ticket', '&page=11&per_page=100')
    expect(status).toBe(422)
    expect(body).toEqual({ error: 'invalid', description: 'Invalid search: Requested response size was greater than Search Response Limits' })
  })

  test('/search/count', async () => {
    const { body } = await get(`/api/v2/search/count?query=${encodeURIComponent(`requester:${DEMO_SUBJECT_ID}`)}`)
    expect(body).toEqual({ count: DEMO_PLANTED.subjectTickets.requested.length })
  })

  test('end users cannot search', async () => {
    fake.setActingUser(DEMO_SUBJECT_ID)
    expect((await search('lamp')).status).toBe(403)
  })

  test('the index follows writes immediately by default', async () => {
    const id = DEMO_TICKET_IDS['lea-new-complaint'] ?? 0
    await put(`/api/v2/tickets/${id}`, { ticket: { comment: { body: 'zorglub', public: false } } })
    expect(await ticketIds('zorglub')).toEqual([id])
  })
})

describe('/search/export', () => {
  test('needs filter[type]; type: in the query is an error', async () => {
    expect((await get('/api/v2/search/export?query=lamp')).status).toBe(422)
    const typed = await get(`/api/v2/search/export?query=${encodeURIComponent('type:ticket lamp')}&filter[type]=ticket`)
    expect(typed.status).toBe(422)
    expect(typed.body.error).toBe('invalid')
  })

  test('cursor pages walk every result once, with no count and no prev link', async () => {
    const expected = await ticketIds(`requester:${DEMO_SUBJECT_ID}`)
    const seen: number[] = []
    let url: string | null = `/api/v2/search/export?query=${encodeURIComponent(`requester:${DEMO_SUBJECT_ID}`)}&filter[type]=ticket&page[size]=6`
    while (url) {
      const page = await get(url)
      expect(page.body).not.toHaveProperty('count')
      expect(page.body.links.prev).toBeNull()
      seen.push(...page.body.results.map((r: { id: number }) => r.id))
      url = page.body.meta.has_more ? page.body.links.next : null
    }
    expect(seen.sort((a, b) => a - b)).toEqual(expected)
  })

  test('cursors expire after an hour', async () => {
    const first = await get(`/api/v2/search/export?query=${encodeURIComponent(`requester:${DEMO_SUBJECT_ID}`)}&filter[type]=ticket&page[size]=2`)
    fake.advance(61 * 60 * 1000)
    expect((await get(first.body.links.next)).status).toBe(422)
  })
})

describe('past 1,000 results (1,100-ticket scale seed, served with getResponse as the browser host does)', () => {
  const big = createFakeZendesk({ now: () => DEMO_NOW, seed: makeScaleSeed({ tickets: 1100, commentsPerTicket: 1 }) })
  const fetchBig = async (url: string) => {
    const response = await getResponse(big.handlers, new Request(url.startsWith('http') ? url : `${BASE}${url}`))
    if (!response) throw new Error(`no handler for ${url}`)
    return { status: response.status, body: await response.json() }
  }

  test('count is the true total; pages up to result 1,000 work; next_page still points onward; page 11 is a 422', async () => {
    const tenth = await fetchBig('/api/v2/search?query=flickers&page=10&per_page=100')
    expect(tenth.status).toBe(200)
    expect(tenth.body.count).toBe(1100)
    expect(tenth.body.results).toHaveLength(100)
    expect(tenth.body.next_page).toContain('page=11')
    const eleventh = await fetchBig(tenth.body.next_page)
    expect(eleventh.status).toBe(422)
    expect(eleventh.body.description).toBe('Invalid search: Requested response size was greater than Search Response Limits')
  })

  test('search/export has no cap: two pages of up to 1,000 cover everything', async () => {
    const first = await fetchBig('/api/v2/search/export?query=flickers&filter[type]=ticket&page[size]=1000')
    expect(first.body.results).toHaveLength(1000)
    expect(first.body.meta.has_more).toBe(true)
    const second = await fetchBig(first.body.links.next)
    expect(second.body.results).toHaveLength(100)
    expect(second.body.meta.has_more).toBe(false)
    const ids = new Set([...first.body.results, ...second.body.results].map((r: { id: number }) => r.id))
    expect(ids.size).toBe(1100)
  })
})

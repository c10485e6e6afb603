// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { DEMO_PLANTED } from '../../dev/fake-zendesk/index'
import { del, get, useFakeZendesk } from './support'

const fake = useFakeZendesk()
const [first, second, third] = DEMO_PLANTED.subjectTickets.requested

async function softDeleteAndQueuePermanent(ticketId: number | undefined): Promise<string> {
  await del(`/api/v2/tickets/${ticketId}`)
  const queued = await del(`/api/v2/deleted_tickets/${ticketId}`)
  return queued.body.job_status.id
}

describe('job statuses', () => {
  test('a job moves queued → working → completed, one step per poll, and acts only on completion', async () => {
    const id = await softDeleteAndQueuePermanent(first)
    const poll = () => get(`/api/v2/job_statuses/${id}`)
    const working = await poll()
    expect(working.body.job_status).toMatchObject({ id, status: 'working', results: null })
    expect(fake.state.isTicketPermanentlyDeleted(first ?? 0)).toBe(false)
    const completed = await poll()
    expect(completed.body.job_status).toMatchObject({
      id,
      url: `https://demo.zendesk.com/api/v2/job_statuses/${id}.json`,
      status: 'completed',
      message: expect.stringMatching(/^Completed at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000$/),
      results: { success: true },
    })
    expect(fake.state.isTicketPermanentlyDeleted(first ?? 0)).toBe(true)
    expect((await poll()).body.job_status.status).toBe('completed')
  })

  test('bulk soft delete reports per-ticket results, failures included', async () => {
    const queued = await del(`/api/v2/tickets/destroy_many?ids=${first},424242`)
    expect(queued.body.job_status.job_type).toBe('Bulk Update Ticket')
    expect(queued.headers.get('zendesk-ratelimit-inflight-jobs')).toBe('total=30; remaining=29; resets=60')
    const shown = await get(`/api/v2/job_statuses/show_many?ids=${queued.body.job_status.id}`)
    expect(shown.body.job_statuses[0].status).toBe('working')
    const done = await get(`/api/v2/job_statuses/${queued.body.job_status.id}`)
    expect(done.body.job_status).toMatchObject({ status: 'completed', total: 2, progress: 2 })
    expect(done.body.job_status.results).toEqual([
      { index: 0, id: first, account_id: expect.any(Number) },
      { index: 1, id: 424242, error: 'RecordNotFound', details: 'Not found' },
    ])
  })

  test('bulk permanent delete keeps going when one ticket fails', async () => {
    await del(`/api/v2/tickets/${first}`)
    await del(`/api/v2/tickets/${third}`)
    const queued = await del(`/api/v2/deleted_tickets/destroy_many?ids=${first},${second},${third}`)
    fake.runJobs()
    const done = await get(`/api/v2/job_statuses/${queued.body.job_status.id}`)
    expect(done.body.job_status.results).toEqual([
      { id: first, success: true },
      { id: second, success: false, error: 'RecordNotFound', details: 'Not found' },
      { id: third, success: true },
    ])
    expect(fake.state.isTicketPermanentlyDeleted(second ?? 0)).toBe(false)
  })

  test('failNextJob makes the next job end in failed, with no effect', async () => {
    fake.failNextJob({ message: 'Deletion backend unavailable' })
    const id = await softDeleteAndQueuePermanent(first)
    fake.runJobs()
    const { body } = await get(`/api/v2/job_statuses/${id}`)
    expect(body.job_status).toMatchObject({ status: 'failed', message: 'Deletion backend unavailable' })
    expect(fake.state.isTicketDeleted(first ?? 0)).toBe(true)
    expect(fake.state.isTicketPermanentlyDeleted(first ?? 0)).toBe(false)
  })

  test('at most 30 jobs queued or working: the 31st is a 429 TooManyJobs listing the current ones', async () => {
    const ids = DEMO_PLANTED.subjectTickets.requested
    for (let i = 0; i < 30; i += 1) expect((await del(`/api/v2/tickets/destroy_many?ids=${ids[i % ids.length]}`)).status).toBe(200)
    const refused = await del(`/api/v2/tickets/destroy_many?ids=${first}`)
    expect(refused.status).toBe(429)
    expect(refused.body).toMatchObject({ error: 'TooManyJobs', description: expect.any(String) })
    expect(refused.body.current_job_ids).toHaveLength(30)
    fake.runJobs()
    expect((await del(`/api/v2/tickets/destroy_many?ids=${first}`)).status).toBe(200)
  })

  test('listing does not advance jobs; unknown ids are a 404', async () => {
    const id = await softDeleteAndQueuePermanent(first)
    const list = await get('/api/v2/job_statuses')
    expect(list.body.job_statuses[0]).toMatchObject({ id, status: 'queued' })
    expect((await get('/api/v2/job_statuses/V3-doesnotexist')).status).toBe(404)
  })

  test('job statuses are readable for one day', async () => {
    const id = await softDeleteAndQueuePermanent(first)
    fake.advance(25 * 60 * 60 * 1000)
    expect((await get(`/api/v2/job_statuses/${id}`)).status).toBe(404)
  })
})

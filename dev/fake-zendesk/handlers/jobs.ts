import { forbidden, json, recordNotFound } from '../errors'
import { cursorPage, offsetPage, readPaging } from '../pagination'
import { pollJob } from '../state/jobs'
import type { JobRecord } from '../state/records'
import { jobJson } from '../state/serialize'
import { allowed, route, type RouteContext, type RouteDef } from './route'

/**
 * Job statuses (reference §1.7). Showing a job is what moves it along (one step per poll), so a client
 * that polls sees queued → working → completed. Listing does not poll. Jobs are readable for one day.
 */

const JOB_RETENTION_MS = 24 * 60 * 60 * 1000

function readable(ctx: RouteContext, id: string): JobRecord | undefined {
  const job = ctx.state.jobs.get(id)
  if (!job || ctx.nowMs - Date.parse(job.created_at) > JOB_RETENTION_MS) return undefined
  return job
}

function show(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readTickets')) return forbidden()
  const job = readable(ctx, decodeURIComponent(ctx.params.jobId ?? ''))
  if (!job) return recordNotFound()
  pollJob(ctx.rt, job, ctx.nowMs)
  return json({ job_status: jobJson(job, ctx.origin) })
}

function showMany(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readTickets')) return forbidden()
  const ids = (ctx.query.get('ids') ?? '').split(',').map((s) => s.trim()).filter(Boolean)
  const jobs = ids.flatMap((id) => readable(ctx, id) ?? [])
  for (const job of jobs) pollJob(ctx.rt, job, ctx.nowMs)
  return json({ job_statuses: jobs.map((j) => jobJson(j, ctx.origin)) })
}

function list(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readTickets')) return forbidden()
  // Only the last 100 jobs are listed, newest first.
  const jobs = [...ctx.state.jobs.values()].filter((j) => readable(ctx, j.id)).reverse().slice(0, 100)
  const paging = readPaging(ctx.query, { allowCursor: true })
  if (paging instanceof Response) return paging
  if (paging.mode === 'cursor') {
    const order = new Map(jobs.map((j, i) => [j.id, i]))
    const page = cursorPage(jobs, (j) => [order.get(j.id) ?? 0], paging, ctx.url)
    return json({ job_statuses: page.slice.map((j) => jobJson(j, ctx.origin)), meta: page.meta, links: page.links })
  }
  const page = offsetPage(jobs, paging, ctx.url)
  return json({ job_statuses: page.slice.map((j) => jobJson(j, ctx.origin)), next_page: page.next_page, previous_page: page.previous_page, count: page.count })
}

export const jobRoutes: RouteDef[] = [
  route.get('/api/v2/job_statuses', list),
  route.get('/api/v2/job_statuses/show_many', showMany),
  route.get('/api/v2/job_statuses/:jobId', show),
]

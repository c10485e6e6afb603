import { isoSeconds, jobTimestamp } from '../clock'
import { json } from '../errors'
import type { FakeRuntime } from '../runtime'
import type { JobRecord, JobWork } from './records'
import { permanentlyDeleteTicket, softDeleteTicket } from './ticket-ops'
import { softDeleteUser, userDeletionRefusal } from './user-ops'

/**
 * Background jobs (reference §1.7, §5.7). A job is created `queued`; each poll of its status moves it one
 * step (`behaviour.jobPollsToComplete` polls to finish), and its effect lands only when it completes, so
 * an app that never polls never sees its tickets deleted. At most 30 jobs may be queued or working.
 */

export const MAX_INFLIGHT_JOBS = 30
/** Zendesk's ticket bulk results carry the account id. */
export const FAKE_ACCOUNT_ID = 18525119

const JOB_TYPES: Record<JobWork['kind'], string> = {
  soft_delete_tickets: 'Bulk Update Ticket',
  permanently_delete_tickets: 'Permanently Delete Tickets',
  soft_delete_users: 'Bulk Delete Users',
}

function inflight(rt: FakeRuntime): JobRecord[] {
  return [...rt.state.jobs.values()].filter((j) => j.status === 'queued' || j.status === 'working')
}

function inflightHeader(used: number): Record<string, string> {
  return { 'zendesk-ratelimit-inflight-jobs': `total=${MAX_INFLIGHT_JOBS}; remaining=${Math.max(0, MAX_INFLIGHT_JOBS - used)}; resets=60` }
}

/** Deterministic job ids in Zendesk's `V3-<hex>` form. */
function jobId(n: number): string {
  let hex = ''
  for (let part = 0; part < 4; part += 1) {
    let h = 0x811c9dc5
    for (const ch of `${n}:${part}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0
    hex += h.toString(16).padStart(8, '0')
  }
  return `V3-${hex}`
}

/** Creates a queued job, or answers TooManyJobs when 30 are already in flight. */
export function enqueueJob(rt: FakeRuntime, actorId: number, work: JobWork, total: number | null, at: number): { job: JobRecord; headers: Record<string, string> } | { response: Response } {
  const running = inflight(rt)
  if (running.length >= MAX_INFLIGHT_JOBS) {
    return {
      response: json(
        { error: 'TooManyJobs', description: rt.behaviour.tooManyJobsDescription, current_job_ids: running.map((j) => j.id) },
        rt.behaviour.tooManyJobsStatus,
        inflightHeader(running.length),
      ),
    }
  }
  const jobType = JOB_TYPES[work.kind]
  const failureIndex = rt.jobFailures.findIndex((f) => f.jobType === undefined || f.jobType === jobType)
  const failure = failureIndex === -1 ? undefined : rt.jobFailures.splice(failureIndex, 1)[0]
  const job: JobRecord = {
    id: jobId(rt.state.nextId('job')),
    job_type: jobType,
    status: 'queued',
    total,
    progress: null,
    message: null,
    results: null,
    created_at: isoSeconds(at),
    polls: 0,
    actor_id: actorId,
    work,
    fail_with: failure?.message ?? null,
  }
  rt.state.jobs.set(job.id, job)
  return { job, headers: inflightHeader(running.length + 1) }
}

/** One poll: queued → working → … → completed (or failed), applying the work on completion. */
export function pollJob(rt: FakeRuntime, job: JobRecord, at: number): void {
  if (job.status !== 'queued' && job.status !== 'working') return
  job.polls += 1
  if (job.polls >= Math.max(1, rt.behaviour.jobPollsToComplete)) finishJob(rt, job, at)
  else {
    job.status = 'working'
    job.progress = job.total === null ? null : Math.floor(job.total / 2)
  }
}

/** Runs every unfinished job to the end (test helper: "let the background catch up"). */
export function finishAllJobs(rt: FakeRuntime, at: number): void {
  for (const job of rt.state.jobs.values()) if (job.status === 'queued' || job.status === 'working') finishJob(rt, job, at)
}

function finishJob(rt: FakeRuntime, job: JobRecord, at: number): void {
  if (job.fail_with !== null) {
    job.status = 'failed'
    job.message = job.fail_with
    job.results = null
    return
  }
  job.results = runWork(rt, job, isoSeconds(at))
  job.status = 'completed'
  job.progress = job.total
  job.message = `Completed at ${jobTimestamp(at)}`
}

function runWork(rt: FakeRuntime, job: JobRecord, at: string): unknown {
  const { state, behaviour } = rt
  const work = job.work
  switch (work.kind) {
    case 'soft_delete_tickets':
      return work.ids.map((id, index) => {
        const ticket = state.liveTicket(id)
        if (!ticket) return { index, id, error: 'RecordNotFound', details: 'Not found' }
        softDeleteTicket(state, ticket, job.actor_id, at)
        return { index, id, account_id: FAKE_ACCOUNT_ID }
      })
    case 'permanently_delete_tickets': {
      const outcomes = work.ids.map((id) => {
        const ticket = state.tickets.get(id)
        if (!ticket || ticket.deleted_at === null) return { id, success: false, error: 'RecordNotFound', details: 'Not found' }
        permanentlyDeleteTicket(state, id)
        return { id, success: true }
      })
      // Single deletion reports an object, not an array ([V] reference §5.4); bulk per-item entries are [U].
      return work.single ? { success: outcomes[0]?.success ?? false } : outcomes
    }
    case 'soft_delete_users': {
      const actor = state.users.get(job.actor_id)
      return work.ids.map((id, index) => {
        const user = state.users.get(id)
        if (!user || !user.active || !actor) return { index, id, error: behaviour.bulkUserDeleteFailureCode, details: 'Not found' }
        const refusal = userDeletionRefusal(state, behaviour, actor, user)
        if (refusal) {
          const details = refusal.kind === 'forbidden' ? 'You do not have permission to delete this user.' : refusal.sentence
          return { index, id, error: behaviour.bulkUserDeleteFailureCode, details }
        }
        softDeleteUser(state, user, at)
        return { index, id, action: 'delete', success: true, status: 'Deleted' }
      })
    }
  }
}

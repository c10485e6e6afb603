import { ZendeskApiError } from './api-error'
import type { ZendeskJobStatus } from './schemas/erasure-schemas'

export const FINISHED_JOB_STATUSES = ['completed', 'failed', 'killed'] as const

export interface PollJobOptions {
  sleep: (ms: number) => Promise<void>
  /** First wait between polls; doubles up to `maxIntervalMs`. */
  intervalMs?: number
  maxIntervalMs?: number
  /** Gives up (returning the last status seen) after this many polls; a resumed run polls again. */
  maxPolls?: number
  signal?: AbortSignal
}

export type JobPollResult = { kind: 'finished'; job: ZendeskJobStatus } | { kind: 'unfinished'; job: ZendeskJobStatus } | { kind: 'expired' }

export function isFinished(job: ZendeskJobStatus): boolean {
  return (FINISHED_JOB_STATUSES as readonly string[]).includes(job.status)
}

/**
 * Polls a job status until it finishes (reference §1.7). Each poll goes through the scheduler like any
 * request. A 404 means the job expired (statuses are kept a day): the caller then verifies by re-reading.
 */
export async function pollJob(
  getJobStatus: (jobId: string, signal?: AbortSignal) => Promise<ZendeskJobStatus>,
  jobId: string,
  options: PollJobOptions,
): Promise<JobPollResult> {
  const maxPolls = options.maxPolls ?? 60
  let interval = options.intervalMs ?? 1000
  let last: ZendeskJobStatus | undefined
  for (let poll = 1; poll <= maxPolls; poll += 1) {
    try {
      last = await getJobStatus(jobId, options.signal)
    } catch (error) {
      if (error instanceof ZendeskApiError && error.kind === 'not_found') return { kind: 'expired' }
      throw error
    }
    if (isFinished(last)) return { kind: 'finished', job: last }
    if (poll < maxPolls) {
      await options.sleep(interval)
      interval = Math.min(interval * 2, options.maxIntervalMs ?? 5000)
    }
  }
  return last ? { kind: 'unfinished', job: last } : { kind: 'expired' }
}

/** Per-id outcome of a finished job: `results` is an array of `{id, error?, success?}` or, for one permanent deletion, `{success}`. */
export function jobItemErrors(job: ZendeskJobStatus, ids: readonly number[]): Map<number, string> {
  const errors = new Map<number, string>()
  const results = job.results
  if (Array.isArray(results)) {
    for (const item of results as Array<Record<string, unknown>>) {
      const id = typeof item.id === 'number' ? item.id : Number(item.id)
      if (item.error !== undefined || item.success === false) errors.set(id, typeof item.error === 'string' ? item.error : 'failed')
    }
  } else if (results && typeof results === 'object' && (results as { success?: unknown }).success === false) {
    for (const id of ids) errors.set(id, 'failed')
  }
  return errors
}

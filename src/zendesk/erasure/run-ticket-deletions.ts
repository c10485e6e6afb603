import { toBatches } from '../../core/erasure/count-api-calls'
import { isTerminal, type JournalEntry } from '../../core/erasure/erasure-journal'
import { operationId } from '../../core/erasure/operation-ids'
import { isFinished, jobItemErrors, pollJob } from '../poll-job'
import type { ZendeskJobStatus } from '../schemas/erasure-schemas'
import { isAbort, mayHaveLanded, outcomeReason } from './outcome-reason'
import type { RunContext } from './run-context'
import { runWithLimit } from './run-with-limit'
import { readDeletionState } from './verify-ticket-deletions'

type DeletionKind = 'soft_delete_ticket' | 'permanently_delete_ticket'

interface PhaseMemory {
  /** Jobs that ended `failed` (or item errors): a verification failure is then reported as job_failed. */
  jobFailed: Set<string>
  /** Jobs still running when polling gave up: their entries stay `sent` for the next run. */
  stillRunning: Set<string>
}

async function awaitJob(ctx: RunContext, job: ZendeskJobStatus, ids: readonly string[], memory: PhaseMemory): Promise<void> {
  const polled = isFinished(job)
    ? { kind: 'finished' as const, job }
    : await pollJob((id, signal) => ctx.api.jobStatuses.getJobStatus(id, signal), job.id, {
        sleep: ctx.options.sleep,
        intervalMs: ctx.options.pollIntervalMs ?? 1000,
        maxPolls: ctx.options.maxPolls ?? 60,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      })
  ctx.checkAborted()
  if (polled.kind === 'unfinished') for (const id of ids) memory.stillRunning.add(id)
  if (polled.kind !== 'finished') return
  const ticketIds = ids.map((id) => ctx.entry(id)?.ticketId ?? 0)
  const errors = jobItemErrors(polled.job, ticketIds)
  for (const id of ids) {
    if (polled.job.status !== 'completed' || errors.has(ctx.entry(id)?.ticketId ?? 0)) memory.jobFailed.add(id)
  }
}

/** Sends one batch (≤100): one synchronous call for a single soft delete, otherwise a job that is then polled. */
async function sendBatch(ctx: RunContext, kind: DeletionKind, entries: readonly JournalEntry[], memory: PhaseMemory): Promise<void> {
  const ids = entries.map((e) => e.id)
  const ticketIds = entries.map((e) => e.ticketId as number)
  for (const id of ids) ctx.markSent(id)
  const api = ctx.api.ticketDeletion
  try {
    if (kind === 'soft_delete_ticket' && ticketIds.length === 1) {
      await api.softDelete(ticketIds[0] as number, ctx.signal)
      ctx.checkAborted()
      return
    }
    const job =
      kind === 'soft_delete_ticket'
        ? await api.softDeleteMany(ticketIds, ctx.signal)
        : ticketIds.length === 1
          ? await api.permanentlyDelete(ticketIds[0] as number, ctx.signal)
          : await api.permanentlyDeleteMany(ticketIds, ctx.signal)
    for (const id of ids) ctx.update(id, { jobId: job.id })
    await awaitJob(ctx, job, ids, memory)
  } catch (error) {
    if (isAbort(error) || ctx.signal?.aborted) throw error
    const reason = outcomeReason(error)
    if (reason === 'forbidden') {
      for (const id of ids) ctx.fail(id, 'forbidden')
      ctx.refuse(kind)
    } else if (reason === 'not_found' || mayHaveLanded(error)) {
      // Maybe already deleted (by an earlier, interrupted request): the re-read decides.
      for (const id of ids) ctx.update(id, { reason })
    } else for (const id of ids) ctx.fail(id, reason)
  }
}

/** Interrupted runs leave jobs behind: poll them again instead of creating new ones. */
async function resumeJobs(ctx: RunContext, kind: DeletionKind, memory: PhaseMemory): Promise<void> {
  const byJob = new Map<string, string[]>()
  for (const e of ctx.journal.entries) if (e.kind === kind && e.state === 'sent' && e.jobId) byJob.set(e.jobId, [...(byJob.get(e.jobId) ?? []), e.id])
  await runWithLimit([...byJob], ctx.options.maxJobsInFlight ?? 30, async ([jobId, ids]) => {
    await awaitJob(ctx, { id: jobId, status: 'queued' }, ids, memory)
  })
}

async function verify(ctx: RunContext, kind: DeletionKind, memory: PhaseMemory): Promise<void> {
  const sent = ctx.journal.entries.filter((e) => e.kind === kind && e.state === 'sent' && !memory.stillRunning.has(e.id))
  if (sent.length === 0) return
  // Newest deletions come first, so this run's are on the first page; proving a purged ticket absent needs only
  // the pages back to its soft deletion (Zendesk's clock, as recorded then; the browser's clock may differ).
  const since = kind === 'soft_delete_ticket' ? undefined : minDeletedAt(ctx, sent)
  const state = await readDeletionState(ctx.api, sent.map((e) => e.ticketId as number), since, ctx.signal)
  ctx.checkAborted()
  for (const entry of sent) {
    const ticketId = entry.ticketId as number
    const failure = memory.jobFailed.has(entry.id) ? 'job_failed' : (entry.reason ?? 'verification_failed')
    if (state.live.has(ticketId)) ctx.fail(entry.id, failure, 'ticket_still_live')
    else if (kind === 'soft_delete_ticket') {
      const deletedAt = state.listed.get(ticketId)
      ctx.done(entry.id, deletedAt !== undefined ? 'deleted_tickets_listed' : 'ticket_not_found', deletedAt ? { deletedAt } : {})
    } else if (state.listed.has(ticketId)) ctx.fail(entry.id, failure, 'deleted_tickets_listed')
    else if (state.complete) ctx.done(entry.id, 'ticket_not_found')
    else ctx.fail(entry.id, 'verification_failed', 'deleted_tickets_listed')
  }
}

function minDeletedAt(ctx: RunContext, entries: readonly JournalEntry[]): string | undefined {
  const times = entries.map((e) => ctx.entry(operationId.softDeleteTicket(e.ticketId as number))?.deletedAt)
  if (times.some((t) => !t)) return undefined
  return (times as string[]).sort()[0]
}

/** A permanent deletion needs its ticket moved to deleted first (by this run, or before it). */
function skipOrphans(ctx: RunContext): void {
  for (const e of ctx.journal.entries) {
    if (e.kind !== 'permanently_delete_ticket' || e.state !== 'pending') continue
    const soft = ctx.entry(operationId.softDeleteTicket(e.ticketId as number))
    if (soft && soft.state !== 'done') ctx.skip(e.id, 'dependency_failed')
  }
}

/** Phases 3 and 4: move tickets to deleted, then delete them permanently; batches ≤100, ≤30 jobs in flight. */
export async function runTicketDeletions(ctx: RunContext, kind: DeletionKind): Promise<void> {
  if (!ctx.journal.entries.some((e) => e.kind === kind && !isTerminal(e.state))) return
  if (kind === 'permanently_delete_ticket') skipOrphans(ctx)
  const memory: PhaseMemory = { jobFailed: new Set(), stillRunning: new Set() }
  await resumeJobs(ctx, kind, memory)
  const pending = ctx.journal.entries.filter((e) => e.kind === kind && e.state === 'pending')
  await runWithLimit(toBatches(pending), ctx.options.maxJobsInFlight ?? 30, (batch) => sendBatch(ctx, kind, batch, memory))
  await verify(ctx, kind, memory)
}

/** Quick action: back from deleted, verified by reading the ticket again. */
export async function runRestores(ctx: RunContext): Promise<void> {
  for (const entry of ctx.journal.entries.filter((e) => e.kind === 'restore_ticket' && !isTerminal(e.state))) {
    const ticketId = entry.ticketId as number
    if (entry.state === 'pending') {
      ctx.markSent(entry.id)
      try {
        await ctx.api.ticketDeletion.restore(ticketId, ctx.signal)
      } catch (error) {
        if (isAbort(error) || ctx.signal?.aborted) throw error
        if (outcomeReason(error) === 'forbidden') {
          ctx.fail(entry.id, 'forbidden')
          continue
        }
      }
    }
    try {
      await ctx.api.tickets.getTicket(ticketId, ctx.signal)
      ctx.done(entry.id, 'ticket_read')
    } catch (error) {
      if (isAbort(error) || ctx.signal?.aborted) throw error
      ctx.fail(entry.id, outcomeReason(error), 'ticket_read')
    }
  }
}

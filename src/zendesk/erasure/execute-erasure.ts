import { isComplete, type ErasureJournal } from '../../core/erasure/erasure-journal'
import { isAbort } from './outcome-reason'
import { RunContext, type ExecuteOptions } from './run-context'
import { runRecordings } from './run-recordings'
import { runRedactions } from './run-redactions'
import { runRestores, runTicketDeletions } from './run-ticket-deletions'
import { runIdentityDeletions, runUserDeletion } from './run-user-deletion'

export interface ExecutionResult {
  journal: ErasureJournal
  /**
   * `finished`: every operation done (or skipped for good); `incomplete`: failures or work waiting for a retry or
   * a rescan; `aborted`: stopped by the signal (closing, reload, Stop); `error`: a read failed past its retries.
   */
  outcome: 'finished' | 'incomplete' | 'aborted' | 'error'
  error?: unknown
}

/**
 * Carries out a confirmed erasure journal, phase by phase in the guide's order, recording every step in the
 * journal (persisted after each change) and verifying every write by re-reading Zendesk. Run it again with
 * the persisted journal to continue after a reload: finished steps are skipped, interrupted ones verified
 * before anything is resent, so nothing is done twice.
 *
 * @example
 * const result = await executeErasure(journal, { api, store, storeKey, operations, now, sleep, onUpdate })
 */
export async function executeErasure(journal: ErasureJournal, options: ExecuteOptions): Promise<ExecutionResult> {
  const ctx = new RunContext({ ...journal, status: 'running' }, options)
  try {
    await runRedactions(ctx)
    await runRecordings(ctx)
    await runTicketDeletions(ctx, 'soft_delete_ticket')
    await runRestores(ctx)
    await runTicketDeletions(ctx, 'permanently_delete_ticket')
    await runIdentityDeletions(ctx)
    await runUserDeletion(ctx)
    const finished = isComplete(ctx.journal)
    ctx.patchJournal(finished ? { status: 'finished', finishedAt: options.now() } : { status: 'stopped' })
    return { journal: ctx.journal, outcome: finished ? 'finished' : 'incomplete' }
  } catch (error) {
    if (isAbort(error) || options.signal?.aborted) return { journal: ctx.journal, outcome: 'aborted' }
    ctx.patchJournal({ status: 'stopped' })
    return { journal: ctx.journal, outcome: 'error', error }
  }
}

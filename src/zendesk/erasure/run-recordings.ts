import { isTerminal } from '../../core/erasure/erasure-journal'
import { isAbort, outcomeReason } from './outcome-reason'
import type { RunContext } from './run-context'

/**
 * Phase 2: Talk recordings (reference §1.9, admins). Deleting a call's recordings is idempotent — a second
 * request answers 404 — so an interrupted request is simply sent again, and a 404 means nothing is left.
 * Talk offers no read-back, so Zendesk's acknowledgement is the verification.
 */
export async function runRecordings(ctx: RunContext): Promise<void> {
  for (const entry of ctx.journal.entries.filter((e) => e.kind === 'delete_recording' && !isTerminal(e.state))) {
    if (ctx.refusedKinds.has('delete_recording')) break
    ctx.markSent(entry.id)
    try {
      await ctx.api.voiceRecordings.deleteCallRecordings(entry.callId as string, ctx.signal)
      ctx.done(entry.id, 'talk_api_acknowledged')
    } catch (error) {
      if (isAbort(error) || ctx.signal?.aborted) throw error
      const reason = outcomeReason(error)
      if (reason === 'not_found') ctx.done(entry.id, 'recording_not_found')
      else {
        ctx.fail(entry.id, reason)
        if (reason === 'forbidden') ctx.refuse('delete_recording')
      }
    }
  }
}

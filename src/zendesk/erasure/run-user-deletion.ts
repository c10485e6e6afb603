import { isTerminal, type JournalEntry } from '../../core/erasure/erasure-journal'
import { operationId } from '../../core/erasure/operation-ids'
import { toApiError } from '../api-error'
import { isAbort, mayHaveLanded, outcomeReason } from './outcome-reason'
import type { RunContext } from './run-context'

type Verify = () => Promise<'passed' | 'failed'>

/**
 * Sends one user-level write and verifies it by reading back. Errors after which the write may have landed
 * (5xx, timeouts), a 404 (already done by an interrupted run) and "already requested" go to the re-read.
 */
async function writeThenVerify(ctx: RunContext, entry: JournalEntry, write: () => Promise<unknown>, verify: Verify, method: string): Promise<void> {
  if (entry.state === 'pending') {
    ctx.markSent(entry.id)
    try {
      await write()
    } catch (error) {
      if (isAbort(error) || ctx.signal?.aborted) throw error
      const reason = outcomeReason(error)
      const duplicate = toApiError(error).code === 'RecordInvalid' && entry.kind === 'permanently_delete_user'
      if (reason === 'forbidden') {
        ctx.fail(entry.id, 'forbidden')
        ctx.refuse(entry.kind)
        return
      }
      if (reason === 'invalid' && entry.kind === 'soft_delete_user') {
        // Zendesk's refusal when the user still requests tickets that are not closed (reference §5.1).
        ctx.fail(entry.id, 'unclosed_tickets')
        return
      }
      if (!(reason === 'not_found' || duplicate || mayHaveLanded(error))) {
        ctx.fail(entry.id, reason)
        return
      }
      ctx.update(entry.id, { reason })
    }
  }
  ctx.checkAborted()
  const verdict = await verify()
  if (verdict === 'passed') ctx.done(entry.id, method)
  else ctx.fail(entry.id, ctx.entry(entry.id)?.reason ?? 'verification_failed', method)
}

async function notFound(read: () => Promise<unknown>): Promise<boolean> {
  try {
    await read()
    return false
  } catch (error) {
    if (toApiError(error).kind === 'not_found') return true
    throw error
  }
}

/** The guide's order: the user goes only once the ticket data is dealt with (nothing failed or left pending). */
function ticketDataSettled(ctx: RunContext): boolean {
  return ctx.journal.entries.every(
    (e) => e.phase === 'user' || e.phase === 'identities' || e.state === 'done' || (e.state === 'skipped' && e.reason !== 'values_unavailable'),
  )
}

export async function runIdentityDeletions(ctx: RunContext): Promise<void> {
  for (const entry of ctx.journal.entries.filter((e) => e.kind === 'delete_identity' && !isTerminal(e.state))) {
    if (ctx.refusedKinds.has('delete_identity')) break
    const userId = entry.userId as number
    const identityId = entry.identityId as number
    await writeThenVerify(
      ctx,
      entry,
      () => ctx.api.identityUpdates.deleteIdentity(userId, identityId, ctx.signal),
      async () => ((await notFound(() => ctx.api.userDeletion.getIdentity(userId, identityId, ctx.signal))) ? 'passed' : 'failed'),
      'identity_not_found',
    )
  }
}

/** Role change (if planned), soft delete, permanent delete, then the compliance deletion statuses. */
export async function runUserDeletion(ctx: RunContext): Promise<void> {
  const entries = ctx.journal.entries.filter((e) => e.phase === 'user' && !isTerminal(e.state))
  if (entries.length === 0) return
  if (!ticketDataSettled(ctx)) {
    for (const e of entries) ctx.skip(e.id, 'ticket_data_incomplete')
    return
  }
  const users = ctx.api.userDeletion
  for (const entry of ctx.journal.entries.filter((e) => e.phase === 'user' && !isTerminal(e.state))) {
    const current = ctx.entry(entry.id) as JournalEntry
    if (isTerminal(current.state)) continue
    const userId = current.userId as number
    if (current.kind === 'change_user_role') {
      await writeThenVerify(ctx, current, () => users.makeEndUser(userId, ctx.signal), async () => ((await ctx.api.users.getUser(userId, ctx.signal)).role === 'end-user' ? 'passed' : 'failed'), 'user_reread')
    } else if (current.kind === 'soft_delete_user') {
      const role = ctx.entry(operationId.changeUserRole(userId))
      if (role && role.state !== 'done') {
        ctx.skip(current.id, 'dependency_failed')
        continue
      }
      await writeThenVerify(ctx, current, () => users.softDelete(userId, ctx.signal), () => verifySoftDeleted(ctx, userId), 'user_inactive')
    } else if (current.kind === 'permanently_delete_user') {
      const soft = ctx.entry(operationId.softDeleteUser(userId))
      if (soft && soft.state !== 'done') {
        ctx.skip(current.id, 'dependency_failed')
        continue
      }
      await writeThenVerify(ctx, current, () => users.permanentlyDelete(userId, ctx.signal), () => verifyScrubbed(ctx, userId), 'deleted_user_scrubbed')
      if (ctx.entry(current.id)?.state === 'done') await readComplianceStatuses(ctx, userId)
    }
  }
}

async function verifySoftDeleted(ctx: RunContext, userId: number): Promise<'passed' | 'failed'> {
  try {
    return (await ctx.api.users.getUser(userId, ctx.signal)).active === false ? 'passed' : 'failed'
  } catch (error) {
    // Some accounts answer 404 for a soft-deleted user; deleted_users then confirms it.
    if (toApiError(error).kind !== 'not_found') throw error
    return (await notFound(() => ctx.api.userDeletion.getDeletedUser(userId, ctx.signal))) ? 'failed' : 'passed'
  }
}

async function verifyScrubbed(ctx: RunContext, userId: number): Promise<'passed' | 'failed'> {
  try {
    const user = await ctx.api.userDeletion.getDeletedUser(userId, ctx.signal)
    return user.email == null && user.phone == null ? 'passed' : 'failed'
  } catch (error) {
    if (toApiError(error).kind === 'not_found') return 'passed'
    throw error
  }
}

async function readComplianceStatuses(ctx: RunContext, userId: number): Promise<void> {
  try {
    const statuses = await ctx.api.userDeletion.complianceDeletionStatuses(userId, ctx.signal)
    ctx.patchJournal({ complianceStatuses: statuses.map((s) => ({ application: s.application, action: s.action })) })
  } catch (error) {
    if (isAbort(error) || ctx.signal?.aborted) throw error
    // Shown as "not available yet"; the erasure itself is verified already.
  }
}

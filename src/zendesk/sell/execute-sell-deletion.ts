import type { SellDeletionItem } from '../../core/sell/plan-sell-deletion'
import { SELL_VERIFICATION_METHOD, type SellDeletionResult } from '../../core/sell/sell-evidence'
import { describeSellError } from './sell-errors'
import type { SellApi } from './sell-api'

export interface ExecuteSellDeletionOptions {
  api: SellApi
  /** ISO timestamp (the clock is injected). */
  now: () => string
  signal?: AbortSignal
  /** Called after each item, so the UI can show progress. */
  onResult?: (result: SellDeletionResult) => void
}

/**
 * Deletes the confirmed contacts and leads one at a time, then verifies each by reading it again: only a
 * 404 proves it is gone. A DELETE answered 404 means it was already deleted (another agent, an earlier
 * run that lost its answer) and is verified the same way. A record still readable is a failure, and a
 * verification that could not run leaves the item `pending` so the agent checks it again.
 */
export async function executeSellDeletion(items: readonly SellDeletionItem[], options: ExecuteSellDeletionOptions): Promise<SellDeletionResult[]> {
  const { api, signal } = options
  const results: SellDeletionResult[] = []
  for (const item of items) {
    signal?.throwIfAborted()
    const base = { itemId: item.id, kind: item.kind, record: item.record, recordId: item.recordId }
    let result: SellDeletionResult
    try {
      await api.deleteRecord(item.record, item.recordId, signal)
    } catch (error) {
      if (signal?.aborted) throw error
      const info = describeSellError(error)
      if (info.kind !== 'not_found') {
        result = { ...base, outcome: 'failed', reason: info.kind, at: options.now() }
        results.push(result)
        options.onResult?.(result)
        continue
      }
    }
    result = await verify(api, item, options, base)
    results.push(result)
    options.onResult?.(result)
  }
  return results
}

async function verify(api: SellApi, item: SellDeletionItem, options: ExecuteSellDeletionOptions, base: Pick<SellDeletionResult, 'itemId' | 'kind' | 'record' | 'recordId'>): Promise<SellDeletionResult> {
  try {
    await api.getRecord(item.record, item.recordId, options.signal)
    const at = options.now()
    return { ...base, outcome: 'failed', reason: 'still_present', verification: { method: SELL_VERIFICATION_METHOD, passed: false, at }, at }
  } catch (error) {
    if (options.signal?.aborted) throw error
    const info = describeSellError(error)
    const at = options.now()
    if (info.kind === 'not_found') return { ...base, outcome: 'done', verification: { method: SELL_VERIFICATION_METHOD, passed: true, at }, at }
    return { ...base, outcome: 'pending', reason: `verification_${info.kind}`, at }
  }
}

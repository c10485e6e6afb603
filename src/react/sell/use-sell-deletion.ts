import { useCallback, useEffect, useRef, useState } from 'react'
import type { SellDeletionItem, SellDeletionPlan } from '../../core/sell/plan-sell-deletion'
import { buildSellDeletionEvidence, skippedResult, type SellDeletionResult } from '../../core/sell/sell-evidence'
import { executeSellDeletion } from '../../zendesk/sell/execute-sell-deletion'
import { useRequestCase } from '../request-case-context'
import { useServices } from '../services-context'
import { useLoadedSubject } from '../subject-context'
import { useSellApi } from './use-sell-api'

export type SellDeletionState =
  | { phase: 'idle' }
  | { phase: 'running'; total: number; results: SellDeletionResult[] }
  | { phase: 'finished'; total: number; results: SellDeletionResult[]; recorded: boolean }
  | { phase: 'failed'; error: unknown }

/**
 * Runs a confirmed Sell deletion: delete → verify (404) per record, then records the evidence on the
 * request (ids, outcomes, verifications, what Sell data the app cannot reach). Aborts on unmount.
 */
export function useSellDeletion(obligation: 'erasure' | 'objection') {
  const api = useSellApi()
  const { agent } = useServices()
  const { subject } = useLoadedSubject()
  const requestCase = useRequestCase()
  const [state, setState] = useState<SellDeletionState>({ phase: 'idle' })
  const controller = useRef<AbortController | null>(null)
  useEffect(() => () => controller.current?.abort(), [])

  const run = useCallback(
    async (plan: SellDeletionPlan, selected: readonly SellDeletionItem[]) => {
      if (!api) return
      controller.current?.abort()
      const current = new AbortController()
      controller.current = current
      const startedAt = new Date().toISOString()
      const results: SellDeletionResult[] = []
      setState({ phase: 'running', total: selected.length, results: [] })
      try {
        await executeSellDeletion(selected, {
          api,
          now: () => new Date().toISOString(),
          signal: current.signal,
          onResult: (result) => {
            results.push(result)
            if (!current.signal.aborted) setState({ phase: 'running', total: selected.length, results: [...results] })
          },
        })
      } catch (error) {
        if (!current.signal.aborted) setState({ phase: 'failed', error })
        return
      }
      const finishedAt = new Date().toISOString()
      const chosen = new Set(selected.map((item) => item.id))
      const skipped = plan.items.filter((item) => !chosen.has(item.id)).map((item) => skippedResult(item, finishedAt))
      const evidence = buildSellDeletionEvidence({
        obligation,
        subjectUserId: subject.user.id,
        ...(requestCase.ticketId !== null ? { requestTicketId: requestCase.ticketId } : {}),
        actor: { userId: agent.id, role: agent.role },
        startedAt,
        finishedAt,
        plan,
        results: [...results, ...skipped],
      })
      const status = requestCase.checklist[obligation]
      const recorded = await requestCase.save({ obligations: { [obligation]: status === 'done' ? 'done' : 'in_progress' } }, { action: 'sell_deletion', obligation, evidence })
      if (!current.signal.aborted) setState({ phase: 'finished', total: selected.length, results, recorded })
    },
    [agent.id, agent.role, api, obligation, requestCase, subject.user.id],
  )

  const reset = useCallback(() => setState({ phase: 'idle' }), [])
  return { state, run, reset }
}

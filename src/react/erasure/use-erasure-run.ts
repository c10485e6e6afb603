import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { resetRetryable, startJournal, type ErasureJournal, type JournalSelections } from '../../core/erasure/erasure-journal'
import type { ErasurePlan } from '../../core/erasure/erasure-types'
import { executeErasure, type ExecutionResult } from '../../zendesk/erasure/execute-erasure'
import { journalKey, type JournalStore } from '../../zendesk/erasure/journal-store'
import { movedToDeletedStore, sessionJournalStore } from '../erasure-journal-storage'
import { useServices } from '../services-context'

export interface StartInput {
  plan: ErasurePlan
  confirmedIrreversibleIds: readonly string[]
  selections: JournalSelections
}

export interface ErasureRunState {
  /** The run's journal: the stored one after a reload, the live one while running; null before any run. */
  journal: ErasureJournal | null
  running: boolean
  /** The last run's outcome (undefined while running or before any run in this session). */
  outcome: ExecutionResult['outcome'] | undefined
  error: unknown
  start(input: StartInput): void
  /** Continues the stored journal; `plan` supplies the values of text redactions (rebuilt from the inventory). */
  resume(plan?: ErasurePlan): void
  /** Puts retryable failures back to pending, then resumes. */
  retry(plan?: ErasurePlan): void
  stop(): void
  /** Forgets the stored journal (after the evidence was taken, or to start over). */
  discard(): void
  /** Records that the evidence note was added, so a reload does not offer it again. */
  markNoteAdded(): void
}

/** Keeps the list of tickets the app moved to deleted (and may restore) in step with a journal. */
function trackMovedToDeleted(journal: ErasureJournal): void {
  const moved = new Set(movedToDeletedStore.load(journal.subjectUserId))
  for (const e of journal.entries) {
    if (e.kind === 'soft_delete_ticket' && e.state === 'done') moved.add(e.ticketId as number)
    if ((e.kind === 'permanently_delete_ticket' || e.kind === 'restore_ticket') && e.state === 'done') moved.delete(e.ticketId as number)
  }
  movedToDeletedStore.save(journal.subjectUserId, [...moved])
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Drives an erasure run: creates the journal from what the agent confirmed, executes it, keeps the journal
 * in session storage after every step, and aborts on unmount (closing the sidebar) so the next mount can
 * resume. One journal per subject and origin (the checklist step, or the ticket sidebar's quick actions).
 */
export function useErasureRun(origin: ErasureJournal['origin'], subjectUserId: number, store: JournalStore = sessionJournalStore): ErasureRunState {
  const { api, agent, location, context } = useServices()
  const key = journalKey(origin, subjectUserId)
  const [journal, setJournal] = useState<ErasureJournal | null>(() => store.load(key))
  const [running, setRunning] = useState(false)
  const [outcome, setOutcome] = useState<ExecutionResult['outcome']>()
  const [error, setError] = useState<unknown>(null)
  const controller = useRef<AbortController | null>(null)

  useEffect(() => {
    setJournal(store.load(key))
    return () => controller.current?.abort()
  }, [key, store])

  const execute = useCallback(
    (toRun: ErasureJournal, plan: ErasurePlan | undefined) => {
      controller.current?.abort()
      const abort = new AbortController()
      controller.current = abort
      store.save(key, toRun)
      setJournal(toRun)
      setRunning(true)
      setOutcome(undefined)
      setError(null)
      void executeErasure(toRun, {
        api,
        store,
        storeKey: key,
        operations: new Map((plan?.operations ?? []).map((op) => [op.id, op])),
        now: () => new Date().toISOString(),
        sleep: realSleep,
        signal: abort.signal,
        onUpdate: (next) => {
          if (abort.signal.aborted) return
          trackMovedToDeleted(next)
          setJournal(next)
        },
      }).then((result) => {
        if (controller.current !== abort) return
        if (result.outcome !== 'aborted') trackMovedToDeleted(result.journal)
        setJournal(result.journal)
        setOutcome(result.outcome)
        setError(result.error ?? null)
        setRunning(false)
      })
    },
    [api, key, store],
  )

  const start = useCallback(
    ({ plan, confirmedIrreversibleIds, selections }: StartInput) => {
      const requestTicketId = plan.requestTicketId ?? (location === 'ticket_sidebar' ? context.ticketId : undefined)
      const fresh = startJournal({
        runId: typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Date.now()),
        origin,
        operations: plan.operations,
        confirmedIrreversibleIds,
        subjectUserId,
        ...(requestTicketId !== undefined ? { requestTicketId } : {}),
        actor: { userId: agent.id, role: agent.role },
        selections,
        now: new Date().toISOString(),
        notReached: plan.notReached,
        dropped: plan.dropped,
      })
      execute(fresh, plan)
    },
    [agent.id, agent.role, context.ticketId, execute, location, origin, subjectUserId],
  )

  const resume = useCallback(
    (plan?: ErasurePlan) => {
      const stored = store.load(key)
      if (stored) execute(stored, plan)
    },
    [execute, key, store],
  )

  const retry = useCallback(
    (plan?: ErasurePlan) => {
      const stored = store.load(key)
      if (stored) execute(resetRetryable(stored, new Date().toISOString()), plan)
    },
    [execute, key, store],
  )

  const stop = useCallback(() => {
    controller.current?.abort()
    controller.current = null
    setRunning(false)
    setOutcome('aborted')
    setJournal(store.load(key))
  }, [key, store])

  const discard = useCallback(() => {
    controller.current?.abort()
    controller.current = null
    store.clear(key)
    setJournal(null)
    setRunning(false)
    setOutcome(undefined)
    setError(null)
  }, [key, store])

  const markNoteAdded = useCallback(() => {
    const stored = store.load(key)
    if (!stored) return
    const next = { ...stored, evidenceNoteAdded: true }
    store.save(key, next)
    setJournal(next)
  }, [key, store])

  return useMemo(
    () => ({ journal, running, outcome, error, start, resume, retry, stop, discard, markNoteAdded }),
    [journal, running, outcome, error, start, resume, retry, stop, discard, markNoteAdded],
  )
}

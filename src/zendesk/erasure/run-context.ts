import { updateEntry, type ErasureJournal, type JournalEntry, type OutcomeReason } from '../../core/erasure/erasure-journal'
import type { ErasureOperation } from '../../core/erasure/erasure-types'
import type { SupportApi } from '../support-api'
import type { JournalStore } from './journal-store'

export interface ExecuteOptions {
  api: SupportApi
  store: JournalStore
  storeKey: string
  /** Memory-only data (values, html, URLs) of the operations, by id; absent after a reload until a rescan. */
  operations: ReadonlyMap<string, ErasureOperation>
  now: () => string
  sleep: (ms: number) => Promise<void>
  signal?: AbortSignal
  /** Called with the journal after every change (progress bar, per-item outcomes). */
  onUpdate?: (journal: ErasureJournal) => void
  pollIntervalMs?: number
  maxPolls?: number
  /** Tickets redacted in parallel (each still paced by the scheduler). */
  ticketConcurrency?: number
  /** Jobs in flight at once; Zendesk allows 30 per account (reference §1.7). */
  maxJobsInFlight?: number
}

export class RunAborted extends Error {
  override readonly name = 'AbortError'
}

/**
 * The run's mutable state: the journal (persisted after every change, write-ahead before every write) and
 * the capabilities Zendesk refused during this run. Once the signal fires nothing is recorded any more —
 * as if the page had gone — and the next run picks up from the last persisted journal.
 */
export class RunContext {
  private current: ErasureJournal
  /** Operation kinds refused with a 403: the rest of that kind is not attempted. */
  readonly refusedKinds = new Set<JournalEntry['kind']>()

  constructor(
    journal: ErasureJournal,
    readonly options: ExecuteOptions,
  ) {
    this.current = journal
  }

  get journal(): ErasureJournal {
    return this.current
  }

  get api(): SupportApi {
    return this.options.api
  }

  get signal(): AbortSignal | undefined {
    return this.options.signal
  }

  entry(id: string): JournalEntry | undefined {
    return this.current.entries.find((e) => e.id === id)
  }

  operation(id: string): ErasureOperation | undefined {
    return this.options.operations.get(id)
  }

  /** Throws once the run was stopped, so no result of an in-flight request is recorded after a "reload". */
  checkAborted(): void {
    if (this.options.signal?.aborted) throw new RunAborted('The erasure run was stopped.')
  }

  update(id: string, patch: Partial<Omit<JournalEntry, 'id' | 'kind'>>): void {
    this.checkAborted()
    this.current = updateEntry(this.current, id, patch, this.options.now())
    this.persist()
  }

  patchJournal(patch: Partial<ErasureJournal>): void {
    this.checkAborted()
    this.current = { ...this.current, ...patch, updatedAt: this.options.now() }
    this.persist()
  }

  /** Write-ahead: recorded as sent (and persisted) before the request leaves. */
  markSent(id: string): void {
    const entry = this.entry(id)
    this.update(id, { state: 'sent', attempts: (entry?.attempts ?? 0) + 1, reason: undefined })
  }

  done(id: string, method: string, extra: Partial<JournalEntry> = {}): void {
    this.update(id, { ...extra, state: 'done', reason: undefined, verification: { method, passed: true, at: this.options.now() } })
  }

  fail(id: string, reason: OutcomeReason, verificationMethod?: string): void {
    this.update(id, {
      state: 'failed',
      reason,
      ...(verificationMethod ? { verification: { method: verificationMethod, passed: false, at: this.options.now() } } : {}),
    })
  }

  skip(id: string, reason: OutcomeReason): void {
    this.update(id, { state: 'skipped', reason })
  }

  /** After a 403: this kind of operation is refused for the agent; skip the rest of it instead of sending more. */
  refuse(kind: JournalEntry['kind']): void {
    this.refusedKinds.add(kind)
    for (const e of this.current.entries) if (e.kind === kind && e.state === 'pending') this.skip(e.id, 'capability_refused')
  }

  private persist(): void {
    this.options.store.save(this.options.storeKey, this.current)
    this.options.onUpdate?.(this.current)
  }
}

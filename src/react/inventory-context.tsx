import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import type { Inventory, ReviewState, SearchTerm, SearchTermKind } from '../core/inventory/inventory-types'
import { decide, type ReviewDecisions } from '../core/inventory/review-decisions'
import type { TermEdits } from '../core/inventory/term-edits'
import { useServices } from './services-context'
import { useLoadedSubject } from './subject-context'
import { useIgnoredValues, type IgnoredValuesState } from './use-ignored-values'
import { useInventoryEngine } from './use-inventory-engine'
import { useInventoryScan } from './use-inventory-scan'

// Kept here rather than imported: the module that defines it pulls the PII engine into the first paint.
const NO_TERM_EDITS: TermEdits = { added: [], removed: [], toggled: {} }

export interface InventoryContextValue {
  subjectId: number
  /** False until the inventory engine chunk has loaded (a moment after the sidebar's first paint). */
  isReady: boolean
  terms: SearchTerm[]
  addTerm(kind: SearchTermKind, value: string): void
  removeTerm(key: string): void
  toggleTerm(key: string, enabled: boolean): void
  scan: ReturnType<typeof useInventoryScan>
  /** The inventory as a plain value once a scan has finished or been cancelled (partial then). */
  inventory: Inventory | undefined
  decide(ids: readonly string[], state: ReviewState): void
  ignored: IgnoredValuesState
}

const InventoryContext = createContext<InventoryContextValue | null>(null)

/**
 * Holds the data subject's inventory for every panel and step below it: the search terms with the agent's
 * edits, the scan (progress, checkpoint), the review decisions and the account's ignore list. All of it is
 * in memory: nothing here is written to browser storage. Mount it with `key={subjectId}` so another
 * subject starts from scratch. The computing parts load as a separate chunk, off the first paint.
 */
export function InventoryProvider({ children }: { children: ReactNode }) {
  const { api, client, settings, agent } = useServices()
  const { subject } = useLoadedSubject()
  const [edits, setEdits] = useState<TermEdits>(NO_TERM_EDITS)
  const [decisions, setDecisions] = useState<ReviewDecisions>({})
  const engine = useInventoryEngine()
  const baseTerms = useMemo(() => engine?.buildSearchTerms(subject.user, subject.identities) ?? [], [engine, subject])
  const terms = useMemo(() => engine?.applyTermEdits(baseTerms, edits) ?? [], [engine, baseTerms, edits])
  const scanSubject = useMemo(() => ({ profile: subject.user, identities: subject.identities }), [subject])
  const scan = useInventoryScan(api, scanSubject, terms, engine)
  const ignored = useIgnoredValues(api, client, settings, agent.role === 'admin')
  const { checkpoint, status } = scan

  const inventory = useMemo(() => {
    if (!checkpoint || !engine) return undefined
    return engine.assembleInventory(checkpoint, { terms, ignoredValues: ignored.values, decisions, builtAt: new Date().toISOString(), finished: status === 'finished' })
  }, [engine, checkpoint, status, terms, ignored.values, decisions])

  const value = useMemo<InventoryContextValue>(
    () => ({
      subjectId: subject.user.id,
      isReady: engine !== undefined,
      terms,
      addTerm: (kind, text) => engine && setEdits((e) => engine.addTerm(e, kind, text)),
      removeTerm: (key) => engine && setEdits((e) => engine.removeTerm(e, key)),
      toggleTerm: (key, enabled) => engine && setEdits((e) => engine.toggleTerm(e, key, enabled)),
      scan,
      inventory,
      decide: (ids, state) => setDecisions((d) => decide(d, ids, state)),
      ignored,
    }),
    [subject.user.id, engine, terms, scan, inventory, ignored],
  )
  return <InventoryContext.Provider value={value}>{children}</InventoryContext.Provider>
}

/** The subject's inventory and its controls; must be used below the sidebar's InventoryProvider. */
export function useInventory(): InventoryContextValue {
  const value = useContext(InventoryContext)
  if (!value) throw new Error('useInventory() must be used within <InventoryProvider> (the sidebar mounts it around the panels and steps).')
  return value
}

/** Just the Inventory value (undefined until a scan has run), for steps that consume it (access, export, erasure). */
export function useInventoryResult(): Inventory | undefined {
  return useInventory().inventory
}

/** A stable callback for review buttons: confirm, dismiss or reset a set of findings. */
export function useDecide(): (ids: readonly string[], state: ReviewState) => void {
  const { decide: apply } = useInventory()
  return useCallback((ids, state) => apply(ids, state), [apply])
}

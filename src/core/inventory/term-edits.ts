import type { SearchTerm, SearchTermKind } from './inventory-types'
import { dedupeTerms } from './search-terms'
import { termKey } from './term-key'

/**
 * What the agent changed in the term list, kept apart from the terms built from the profile so a reloaded
 * profile (after a correction) keeps the agent's choices. In memory only: terms are personal data.
 */
export interface TermEdits {
  added: SearchTerm[]
  /** Term keys the agent deleted. */
  removed: string[]
  /** Term key → enabled, for terms the agent switched on or off. */
  toggled: Record<string, boolean>
}

export const NO_TERM_EDITS: TermEdits = { added: [], removed: [], toggled: {} }

/** The terms to search: profile terms plus the agent's additions, minus deletions, with toggles applied. */
export function applyTermEdits(base: readonly SearchTerm[], edits: TermEdits): SearchTerm[] {
  const removed = new Set(edits.removed)
  return dedupeTerms([...base, ...edits.added])
    .filter((t) => !removed.has(termKey(t)))
    .map((t) => {
      const enabled = edits.toggled[termKey(t)]
      return enabled === undefined ? t : { ...t, enabled }
    })
}

/** Adds a term the agent found along the way ("the user put their home address in a comment"). */
export function addTerm(edits: TermEdits, kind: SearchTermKind, value: string): TermEdits {
  const trimmed = value.trim()
  if (!trimmed) return edits
  const added: SearchTerm = { kind, value: trimmed, source: 'agent', enabled: true }
  const key = termKey(added)
  return {
    added: [...edits.added.filter((t) => termKey(t) !== key), added],
    removed: edits.removed.filter((k) => k !== key),
    toggled: Object.fromEntries(Object.entries(edits.toggled).filter(([k]) => k !== key)),
  }
}

export function removeTerm(edits: TermEdits, key: string): TermEdits {
  return {
    added: edits.added.filter((t) => termKey(t) !== key),
    removed: edits.removed.includes(key) ? edits.removed : [...edits.removed, key],
    toggled: edits.toggled,
  }
}

export function toggleTerm(edits: TermEdits, key: string, enabled: boolean): TermEdits {
  return { ...edits, toggled: { ...edits.toggled, [key]: enabled } }
}

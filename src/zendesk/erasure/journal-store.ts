import type { ErasureJournal } from '../../core/erasure/erasure-journal'

/**
 * Where the run's journal lives between page loads. The browser implementation (sessionStorage) is in
 * src/react/erasure-journal-storage.ts; tests use the in-memory one. Journals hold ids and states only.
 */
export interface JournalStore {
  load(key: string): ErasureJournal | null
  save(key: string, journal: ErasureJournal): void
  clear(key: string): void
}

/** The journal key of a subject's run; one run per subject (and per origin) at a time. */
export function journalKey(origin: ErasureJournal['origin'], subjectUserId: number): string {
  return `${origin}:${subjectUserId}`
}

export function createMemoryJournalStore(): JournalStore & { readonly saved: Map<string, string> } {
  // Kept serialised, like real storage: a test that reloads gets a copy, never the executor's live object.
  const saved = new Map<string, string>()
  return {
    saved,
    load: (key) => {
      const text = saved.get(key)
      return text === undefined ? null : (JSON.parse(text) as ErasureJournal)
    },
    save: (key, journal) => void saved.set(key, JSON.stringify(journal)),
    clear: (key) => void saved.delete(key),
  }
}

import type { ErasureJournal } from '../core/erasure/erasure-journal'
import type { JournalStore } from '../zendesk/erasure/journal-store'

const PREFIX = 'privacy-assistant.erasure.'

/**
 * The only browser-storage access in the app. Erasure journals must survive closing the sidebar and
 * reloading the page (the run resumes from them), and they hold Zendesk ids, offsets and states only —
 * never values, comment text, names or URLs (see src/core/erasure/erasure-journal.ts, and the journal test
 * that checks it). sessionStorage keeps them to this browser tab and drops them when the tab closes.
 */
function storage(): Storage | undefined {
  try {
    // Reading `.length` is the probe: a sandboxed iframe throws SecurityError on first access.
    // eslint-disable-next-line no-restricted-syntax -- ids and states only (no personal data): see the comment above.
    return sessionStorage.length >= 0 ? sessionStorage : undefined
  } catch {
    // Storage can be blocked in a sandboxed iframe: the run then resumes only while the sidebar stays open.
    return undefined
  }
}

/**
 * Browsers that block third-party storage (the app's iframe is cross-site to Zendesk) deny sessionStorage;
 * the journal then lives as long as the iframe, which still covers collapsing and reopening the panel. After a
 * reload there, the rebuilt plan holds only what is left, because redacted and deleted data is gone from the scan.
 */
const memory = new Map<string, string>()

function read<T>(key: string): T | null {
  try {
    const text = storage()?.getItem(PREFIX + key) ?? memory.get(PREFIX + key)
    return text ? (JSON.parse(text) as T) : null
  } catch {
    return null
  }
}

function write(key: string, value: unknown): void {
  const text = JSON.stringify(value)
  try {
    const target = storage()
    if (target) target.setItem(PREFIX + key, text)
    else memory.set(PREFIX + key, text)
  } catch {
    // Quota exceeded: keep it for this iframe's lifetime at least.
    memory.set(PREFIX + key, text)
  }
}

function remove(key: string): void {
  memory.delete(PREFIX + key)
  try {
    storage()?.removeItem(PREFIX + key)
  } catch {
    // Nothing to do.
  }
}

export const sessionJournalStore: JournalStore = {
  load: (key) => {
    const journal = read<ErasureJournal>(`journal.${key}`)
    return journal && journal.version === 1 ? journal : null
  },
  save: (key, journal) => write(`journal.${key}`, journal),
  clear: (key) => remove(`journal.${key}`),
}

/** Ticket ids the app moved to deleted for a subject (restorable until permanently deleted). */
export const movedToDeletedStore = {
  load: (subjectUserId: number): number[] => read<number[]>(`moved.${subjectUserId}`) ?? [],
  save: (subjectUserId: number, ticketIds: readonly number[]) => write(`moved.${subjectUserId}`, [...new Set(ticketIds)]),
}

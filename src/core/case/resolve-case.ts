import { caseFromTags } from './case-tags'
import type { CaseNotePayload } from './case-note'
import type { RequestCase } from './request-case'

/**
 * The case as the ticket shows it now. Tags win: they change in the same update as the note and an agent
 * may have edited them by hand (removing `privacy_access_done` reopens access). The latest note is the
 * fallback for a ticket whose tags were cleared.
 */
export function resolveCase(tags: readonly string[], latestNote: CaseNotePayload | null): RequestCase | null {
  return caseFromTags(tags) ?? latestNote?.case ?? null
}

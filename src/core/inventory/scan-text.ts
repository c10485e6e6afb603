import { detectPii } from '../pii/index'
import type { DetectOptions, PiiMatch } from '../pii/types'
import { contextWindow } from './context-window'
import { findingId, type FindingAnchor } from './finding-id'
import type { Finding } from './inventory-types'

/** What the scan passes to `detectPii` for every text: the subject's identifiers and the ignored values. */
export type ScanDetectOptions = Pick<DetectOptions, 'subject' | 'allow' | 'types' | 'minConfidence' | 'locales' | 'deny'>

/** Fields a finding takes from the record it was found in (comment author, visibility, date…). */
export type FindingPlace = Pick<Finding, 'location' | 'ticketId' | 'commentId' | 'field' | 'authorId' | 'isPublic' | 'createdAt' | 'organizationId'>

/** Runs the PII engine on one text; an empty text costs nothing. */
export function detectIn(text: string | null | undefined, options: ScanDetectOptions): PiiMatch[] {
  return text ? detectPii(text, options) : []
}

/** Turns the engine's matches in `text` into findings at `place`, each with a masked context window. */
export function toFindings(text: string, matches: readonly PiiMatch[], anchor: FindingAnchor, place: FindingPlace): Finding[] {
  return matches.map((m) => ({
    ...place,
    id: findingId(anchor, m.start, m.type),
    type: m.type,
    value: m.value,
    start: m.start,
    end: m.end,
    confidence: m.confidence,
    rule: m.rule,
    subject: m.subject === true,
    ...(m.identity !== undefined ? { identity: m.identity } : {}),
    review: 'pending' as const,
    context: contextWindow(text, m.start, m.end, matches),
  }))
}

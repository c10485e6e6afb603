import type { JournalEntry } from '../../core/erasure/erasure-journal'
import type { ErasureOperation } from '../../core/erasure/erasure-types'
import { rangesLookRedacted, valuesStillPresent } from '../../core/erasure/value-occurrences'
import type { ZendeskComment } from '../schemas/comment-schemas'

export type RedactionCheck = { verdict: 'redacted' } | { verdict: 'not_redacted' } | { verdict: 'unknown' } | { verdict: 'comment_missing' }

const REDACTED_FILE_NAME = 'redacted.txt'

function valuesOf(op: ErasureOperation | undefined): string[] | undefined {
  return op && (op.kind === 'redact_comment' || op.kind === 'legacy_redact') ? op.values : undefined
}

/** Zendesk replaces a redacted file with an empty `redacted.txt`; a removed one is gone from the list. */
export function attachmentsRedacted(comment: ZendeskComment, attachmentIds: readonly number[]): boolean {
  return attachmentIds.every((id) => {
    const file = comment.attachments.find((a) => a.id === id)
    return !file || file.file_name === REDACTED_FILE_NAME || file.deleted === true
  })
}

/**
 * Re-reads a comment's text (and files) to decide whether a redaction landed. With the values in memory the
 * check is exact ("none of them occurs any more"); after a reload, without them, the findings' offsets must
 * read as ▇. `unknown` means the check could not decide (offsets shifted): the op needs a rescan.
 */
export function checkRedaction(entry: JournalEntry, op: ErasureOperation | undefined, comments: readonly ZendeskComment[]): RedactionCheck {
  const comment = comments.find((c) => c.id === entry.commentId)
  if (!comment) return { verdict: 'comment_missing' }
  if (!attachmentsRedacted(comment, entry.attachmentIds ?? [])) return { verdict: 'not_redacted' }
  const texts = [comment.plain_body, comment.body].filter((t): t is string => typeof t === 'string')
  const values = valuesOf(op)
  if (values && values.length > 0) {
    return texts.every((t) => valuesStillPresent(t, values).length === 0) ? { verdict: 'redacted' } : { verdict: 'not_redacted' }
  }
  if (!entry.findingIds || entry.findingIds.length === 0) return { verdict: 'redacted' }
  // The scanner's offsets are into `body` (plain_body when body is missing): check the same text.
  const scanned = comment.body ?? comment.plain_body ?? ''
  return rangesLookRedacted(scanned, entry.ranges ?? []) ? { verdict: 'redacted' } : { verdict: 'unknown' }
}

import { redactText } from '../pii'
import type { CommentPreview } from './erasure-types'
import { distinctValues, occurrenceRanges } from './value-occurrences'

/** Before/after of a comment redacted with `comment_redactions`: every occurrence of every value, like `toRedactedHtml`. */
export function previewCommentRedaction(plainBody: string, values: readonly string[]): CommentPreview {
  const ranges = occurrenceRanges(plainBody, values).map(([start, end]) => ({ start, end }))
  return { before: plainBody, after: redactText(plainBody, ranges) }
}

/** Before/after of the legacy `/redact` endpoint: exact, case-sensitive occurrences of each string. */
export function previewLegacyRedaction(plainBody: string, values: readonly string[]): CommentPreview {
  const ranges: Array<{ start: number; end: number }> = []
  for (const value of distinctValues(values)) {
    for (let at = plainBody.indexOf(value); at !== -1; at = plainBody.indexOf(value, at + value.length)) {
      ranges.push({ start: at, end: at + value.length })
    }
  }
  return { before: plainBody, after: redactText(plainBody, ranges) }
}

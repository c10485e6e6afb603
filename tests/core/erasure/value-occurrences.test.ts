// @vitest-environment node
import { occurrenceRanges, rangesLookRedacted, valuesStillPresent } from '../../../src/core/erasure/value-occurrences'
import { previewCommentRedaction, previewLegacyRedaction } from '../../../src/core/erasure/comment-preview'

test.each([
  ['case-insensitive', 'Mail JANE@Example.com now', ['jane@example.com'], [[5, 21]]],
  ['any run of spaces between words', 'Lives at 12  rue\u00a0de la Paix', ['12 rue de la Paix'], [[9, 27]]],
  ['not across a line break', 'Jane\nDoe', ['Jane Doe'], []],
  ['every occurrence, merged when overlapping', 'ab abc abc', ['abc', 'ab'], [[0, 2], [3, 6], [7, 10]]],
  ['regex characters are literal', 'id (a.b)+c', ['(a.b)+c'], [[3, 10]]],
])('occurrences: %s', (_name, text, values, expected) => {
  expect(occurrenceRanges(text, values)).toEqual(expected)
})

test('values still present after a redaction', () => {
  expect(valuesStillPresent('Mail ▇▇▇▇ or jane@x.io', ['jane@x.io', 'bob@x.io'])).toEqual(['jane@x.io'])
  expect(valuesStillPresent('▇▇▇▇▇▇▇▇▇', ['jane@x.io'])).toEqual([])
})

test('a reloaded run verifies by offsets: the ranges read as redaction marks', () => {
  expect(rangesLookRedacted('Mail ▇▇▇▇▇▇▇▇▇ now', [[5, 14]])).toBe(true)
  expect(rangesLookRedacted('Mail jane@x.io now', [[5, 14]])).toBe(false)
  expect(rangesLookRedacted('Mail ▇▇▇▇▇▇▇▇▇ now', [])).toBe(false)
})

test('previews: comment_redactions redacts every case-insensitive occurrence, legacy only exact ones', () => {
  expect(previewCommentRedaction('JANE and jane', ['jane']).after).toBe('▇▇▇▇ and ▇▇▇▇')
  expect(previewLegacyRedaction('JANE and jane', ['jane']).after).toBe('JANE and ▇▇▇▇')
  expect(previewCommentRedaction('Hi 👍🏽 jane', ['👍🏽 jane']).after).toBe('Hi ▇▇▇▇▇▇')
})

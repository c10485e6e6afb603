import type { SearchTerm, SubjectRole } from './inventory-types'
import { phoneSearchVariants } from './phone-search-variants'
import { termKey } from './term-key'

/** One Zendesk search the discovery runs; `id` is stable so a checkpoint can say which ones are done. */
export interface SearchQuery {
  id: string
  query: string
  /** Set for role searches (`commenter:`): every hit has that role. Unset for free-text terms. */
  role?: SubjectRole
  /** The term behind a free-text search; its hits still need confirming by scanning the text. */
  termKey?: string
}

/**
 * A term as an exact-phrase search value. Zendesk search has no escape for `"` inside a phrase, so quotes
 * (and backslashes) become spaces, which the index treats as word breaks anyway.
 */
export function quoteTerm(value: string): string {
  const cleaned = value.replace(/["\\]+/g, ' ').replace(/\s+/g, ' ').trim()
  return `"${cleaned}"`
}

function phrasesFor(term: SearchTerm): string[] {
  if (term.kind === 'phone') return phoneSearchVariants(term.value)
  if (term.kind === 'handle') return [term.value.replace(/^@+/, '')]
  return [term.value]
}

export interface SearchQueryOptions {
  /**
   * `YYYY-MM-DD` 120 days before now: closed tickets last updated before it are archived. Zendesk's
   * List Tickets endpoints leave archived tickets out, so they are searched for explicitly.
   */
  archivedBefore?: string
}

/**
 * Every search the discovery needs: tickets the subject commented on, their archived requests, then one
 * exact-phrase search per written form of each enabled term. The user-scoped lists already give the
 * tickets the subject requested, so the other searches leave those out (`-requester:`): for a subject
 * with thousands of tickets that saves a page of results per 100 tickets per term. Search matches words
 * and prefixes only, so each term hit is a candidate until the scan confirms it.
 */
export function buildSearchQueries(subjectId: number, terms: readonly SearchTerm[], options: SearchQueryOptions = {}): SearchQuery[] {
  const notRequested = `-requester:${subjectId}`
  const queries: SearchQuery[] = [{ id: 'role:commenter', query: `type:ticket commenter:${subjectId} ${notRequested}`, role: 'commenter' }]
  if (options.archivedBefore) {
    queries.push({ id: 'role:archived-requester', query: `type:ticket requester:${subjectId} status:closed updated<${options.archivedBefore}`, role: 'requester' })
  }
  const seen = new Set<string>()
  for (const term of terms) {
    if (!term.enabled) continue
    const key = termKey(term)
    for (const phrase of phrasesFor(term)) {
      const quoted = quoteTerm(phrase)
      if (quoted === '""' || seen.has(quoted.toLowerCase())) continue
      seen.add(quoted.toLowerCase())
      queries.push({ id: `term:${key}:${quoted}`, query: `type:ticket ${quoted} ${notRequested}`, termKey: key })
    }
  }
  return queries
}

/** Search export takes the object type as `filter[type]`; a `type:` inside the query is an error there. */
export function toExportQuery(query: string): string {
  return query.replace(/(^|\s)type:\w+(?=\s|$)/g, ' ').replace(/\s+/g, ' ').trim()
}

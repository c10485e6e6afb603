import { tokenize } from './tokenize'

/**
 * Zendesk search query syntax, the subset the app needs (reference §1.1): plain words (word-prefix
 * match), "quoted phrases" (exact consecutive words), `-` negation, `*` wildcards, and `key:value`
 * (or `<`, `>`, `<=`, `>=`) keywords. Unknown `key:value` pairs are searched as text.
 */

export interface QueryTerm {
  words: string[]
  phrase: boolean
  negate: boolean
}

export interface QueryFilter {
  key: string
  op: ':' | '<' | '>' | '<=' | '>='
  value: string
  negate: boolean
}

export interface ParsedQuery {
  terms: QueryTerm[]
  filters: QueryFilter[]
  /** The `type:` keyword, lower case, or null. */
  type: string | null
  orderBy: string | null
  sort: 'asc' | 'desc' | null
}

export const TICKET_KEYWORDS = ['status', 'requester', 'assignee', 'submitter', 'cc', 'commenter', 'priority', 'ticket_type', 'group', 'via'] as const
export const USER_KEYWORDS = ['role', 'email', 'phone', 'name', 'external_id'] as const
const SHARED_KEYWORDS = ['tags', 'tag', 'organization', 'created', 'updated']
const KEYWORDS = new Set<string>([...TICKET_KEYWORDS, ...USER_KEYWORDS, ...SHARED_KEYWORDS, 'type', 'order_by', 'sort'])

const PART_RE = /(-)?(?:([a-z_]+)(<=|>=|:|<|>))?(?:"([^"]*)"?|(\S+))/gi

export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = { terms: [], filters: [], type: null, orderBy: null, sort: null }
  for (const part of query.matchAll(PART_RE)) {
    const negate = part[1] === '-'
    const key = part[2]?.toLowerCase()
    const op = part[3] as QueryFilter['op'] | undefined
    const quoted = part[4]
    const value = quoted ?? part[5] ?? ''
    if (key && op && KEYWORDS.has(key)) {
      if (key === 'type') parsed.type = value.toLowerCase()
      else if (key === 'order_by') parsed.orderBy = value.toLowerCase()
      else if (key === 'sort') parsed.sort = value.toLowerCase() === 'asc' ? 'asc' : 'desc'
      else parsed.filters.push({ key: key === 'tag' ? 'tags' : key, op, value, negate })
      continue
    }
    const text = key && op ? `${part[2]}${op}${value}` : value
    const words = tokenize(text.replace(/\*/g, ' '))
    if (words.length > 0) parsed.terms.push({ words, phrase: quoted !== undefined, negate })
  }
  return parsed
}

/** Whether the query names a ticket-only keyword, which limits an untyped search to tickets. */
export function impliesTickets(q: ParsedQuery): boolean {
  return q.filters.some((f) => (TICKET_KEYWORDS as readonly string[]).includes(f.key))
}

export function impliesUsers(q: ParsedQuery): boolean {
  return q.filters.some((f) => (USER_KEYWORDS as readonly string[]).includes(f.key))
}

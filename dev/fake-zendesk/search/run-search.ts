import type { Behaviour } from '../behaviour'
import type { AccountState } from '../state/account-state'
import { TICKET_STATUSES, type OrganizationRecord, type TicketRecord, type UserRecord } from '../state/records'
import { impliesTickets, impliesUsers, type ParsedQuery, type QueryFilter, type QueryTerm } from './parse-query'
import type { SearchKind } from './search-index'
import { foldText, hasPhrase, hasPrefix, type IndexedDoc } from './tokenize'

/** One search hit, with what sorting needs. */
export type SearchHit =
  | { kind: 'ticket'; record: TicketRecord }
  | { kind: 'user'; record: UserRecord }
  | { kind: 'organization'; record: OrganizationRecord }

function termMatches(doc: IndexedDoc, term: QueryTerm): boolean {
  const hit = term.phrase ? hasPhrase(doc, term.words) : term.words.every((w) => hasPrefix(doc, w))
  return term.negate ? !hit : hit
}

function digits(value: string): string {
  return value.replace(/\D/g, '')
}

/** Users a `requester:`/`cc:`/… value designates: `me`, an id, an email, a phone or a name (reference §1.1). */
function resolveUsers(state: AccountState, value: string, actor: UserRecord): Set<number> {
  if (value === 'me') return new Set([actor.id])
  if (/^\d+$/.test(value) && state.users.has(Number(value))) return new Set([Number(value)])
  const folded = foldText(value)
  const ids = new Set<number>()
  for (const user of state.users.values()) {
    const identities = state.identitiesOf(user.id)
    if (value.includes('@')) {
      const prefix = folded.endsWith('*') ? folded.slice(0, -1) : null
      const emails = identities.filter((i) => i.type === 'email').map((i) => foldText(i.value))
      if (emails.some((e) => (prefix === null ? e === folded : e.startsWith(prefix)))) ids.add(user.id)
    } else if (digits(value).length >= 6 && /^[+\d\s().-]+$/.test(value)) {
      const phones = [user.phone ?? '', ...identities.filter((i) => i.type === 'phone_number').map((i) => i.value)]
      if (phones.some((p) => p !== '' && digits(p) === digits(value))) ids.add(user.id)
    } else if (foldText(user.name) === folded || foldText(user.name).split(/\s+/).includes(folded)) {
      ids.add(user.id)
    }
  }
  return ids
}

function resolveOrganizations(state: AccountState, value: string): Set<number> {
  if (/^\d+$/.test(value)) return new Set([Number(value)])
  const folded = foldText(value)
  return new Set([...state.organizations.values()].filter((o) => foldText(o.name).startsWith(folded)).map((o) => o.id))
}

function compare<T>(a: T, b: T, op: QueryFilter['op']): boolean {
  switch (op) {
    case ':':
      return a === b
    case '<':
      return a < b
    case '>':
      return a > b
    case '<=':
      return a <= b
    case '>=':
      return a >= b
  }
}

type UserResolver = (value: string) => Set<number>

function ticketFilter(state: AccountState, t: TicketRecord, f: QueryFilter, users: UserResolver): boolean | null {
  const value = f.value
  switch (f.key) {
    case 'status':
      return compare(TICKET_STATUSES.indexOf(t.status), TICKET_STATUSES.indexOf(value.toLowerCase() as TicketRecord['status']), f.op)
    case 'requester':
      return users(value).has(t.requester_id)
    case 'submitter':
      return users(value).has(t.submitter_id)
    case 'assignee':
      return value === 'none' ? t.assignee_id === null : t.assignee_id !== null && users(value).has(t.assignee_id)
    case 'cc': {
      const ids = users(value)
      return [...t.collaborator_ids, ...t.email_cc_ids].some((id) => ids.has(id))
    }
    case 'commenter': {
      const ids = users(value)
      return state.commentsOf(t.id).some((c) => ids.has(c.author_id))
    }
    case 'priority':
      return t.priority === value.toLowerCase()
    case 'ticket_type':
      return t.type === value.toLowerCase()
    case 'via':
      return t.via.channel === value.toLowerCase()
    case 'group': {
      const group = [...state.groups.values()].find((g) => String(g.id) === value || foldText(g.name) === foldText(value))
      return group !== undefined && t.group_id === group.id
    }
    case 'tags':
      return t.tags.includes(value.toLowerCase())
    case 'organization':
      return t.organization_id !== null && resolveOrganizations(state, value).has(t.organization_id)
    case 'created':
      return compare(t.created_at.slice(0, 10), value, f.op)
    case 'updated':
      return compare(t.updated_at.slice(0, 10), value, f.op)
    default:
      return null
  }
}

function userFilter(state: AccountState, u: UserRecord, f: QueryFilter, users: UserResolver): boolean | null {
  switch (f.key) {
    case 'role':
      return u.role === f.value.toLowerCase()
    case 'email':
    case 'phone':
    case 'name':
      return users(f.value).has(u.id)
    case 'external_id':
      return u.external_id !== null && u.external_id.toLowerCase() === f.value.toLowerCase()
    case 'tags':
      return u.tags.includes(f.value.toLowerCase())
    case 'organization': {
      const orgs = resolveOrganizations(state, f.value)
      return state.membershipsOf(u.id).some((m) => orgs.has(m.organization_id))
    }
    case 'created':
      return compare(u.created_at.slice(0, 10), f.value, f.op)
    case 'updated':
      return compare(u.updated_at.slice(0, 10), f.value, f.op)
    default:
      return null
  }
}

function passes(result: boolean | null, f: QueryFilter): boolean {
  // A keyword that does not apply to this kind of record excludes it.
  if (result === null) return false
  return f.negate ? !result : result
}

function kindsFor(q: ParsedQuery): SearchKind[] {
  if (q.type === 'ticket' || q.type === 'user' || q.type === 'organization') return [q.type]
  if (q.type !== null) return []
  if (impliesTickets(q)) return ['ticket']
  if (impliesUsers(q)) return ['user']
  return ['ticket', 'user', 'organization']
}

/** Every record the query matches, unsorted. */
export function runSearch(state: AccountState, behaviour: Behaviour, q: ParsedQuery, actor: UserRecord): SearchHit[] {
  const hits: SearchHit[] = []
  const kinds = kindsFor(q)
  const resolved = new Map<string, Set<number>>()
  const users: UserResolver = (value) => {
    let ids = resolved.get(value)
    if (!ids) {
      ids = resolveUsers(state, value, actor)
      resolved.set(value, ids)
    }
    return ids
  }
  const textMatches = (kind: SearchKind, id: number) => {
    if (q.terms.length === 0) return true
    const doc = state.searchIndex.doc(kind, id)
    return doc !== null && q.terms.every((term) => termMatches(doc, term))
  }
  if (kinds.includes('ticket')) {
    for (const t of state.tickets.values()) {
      if (t.deleted_at !== null || (t.archived && !behaviour.archivedInSearch)) continue
      if (!q.filters.every((f) => passes(ticketFilter(state, t, f, users), f))) continue
      if (textMatches('ticket', t.id)) hits.push({ kind: 'ticket', record: t })
    }
  }
  if (kinds.includes('user')) {
    for (const u of state.users.values()) {
      if (!u.active) continue
      if (!q.filters.every((f) => passes(userFilter(state, u, f, users), f))) continue
      if (textMatches('user', u.id)) hits.push({ kind: 'user', record: u })
    }
  }
  if (kinds.includes('organization')) {
    for (const o of state.organizations.values()) {
      if (q.filters.length > 0) continue
      if (textMatches('organization', o.id)) hits.push({ kind: 'organization', record: o })
    }
  }
  return hits
}

const PRIORITY_ORDER = ['low', 'normal', 'high', 'urgent']

/**
 * Sorts hits. Without `sort_by` Zendesk orders by relevance; the fake stands in with most recently
 * updated first, which is stable and deterministic.
 */
export function sortHits(hits: SearchHit[], sortBy: string | null, order: 'asc' | 'desc'): SearchHit[] {
  const key = (h: SearchHit): string | number => {
    switch (sortBy) {
      case 'created_at':
        return h.record.created_at
      case 'priority':
        return h.kind === 'ticket' ? PRIORITY_ORDER.indexOf(h.record.priority ?? '') : -1
      case 'status':
        return h.kind === 'ticket' ? TICKET_STATUSES.indexOf(h.record.status) : -1
      case 'ticket_type':
        return h.kind === 'ticket' ? (h.record.type ?? '') : ''
      default:
        return h.record.updated_at
    }
  }
  const sign = order === 'asc' ? 1 : -1
  return [...hits].sort((a, b) => {
    const ka = key(a)
    const kb = key(b)
    if (ka !== kb) return (ka < kb ? -1 : 1) * sign
    return (a.record.id - b.record.id) * sign
  })
}

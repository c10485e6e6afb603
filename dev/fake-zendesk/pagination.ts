import { invalidPagination } from './errors'

/**
 * Zendesk's two paging styles. Offset (`page`, `per_page` ≤ 100) answers `next_page`/`previous_page` URLs and
 * a `count`; cursor (`page[size]`, `page[after]`, `page[before]`) answers `meta` + `links` and no count.
 * Endpoints that support both switch to cursor as soon as any `page[...]` parameter is present.
 */

export type CursorKey = Array<string | number>

export interface OffsetPaging {
  mode: 'offset'
  page: number
  perPage: number
}

export interface CursorPaging {
  mode: 'cursor'
  size: number
  after: CursorKey | null
  before: CursorKey | null
}

export type Paging = OffsetPaging | CursorPaging

export interface PagingOptions {
  allowCursor: boolean
  maxSize?: number
}

/** Reads the paging parameters, or answers the E5 400 Zendesk gives for a bad cursor or page size. */
export function readPaging(query: URLSearchParams, options: PagingOptions): Paging | Response {
  const maxSize = options.maxSize ?? 100
  const wantsCursor = ['page[size]', 'page[after]', 'page[before]'].some((k) => query.has(k))
  if (options.allowCursor && wantsCursor) {
    const rawSize = query.get('page[size]')
    const size = rawSize === null ? 100 : Number(rawSize)
    if (!Number.isInteger(size) || size < 1) return invalidPagination('page[size] must be a positive integer')
    if (size > maxSize) return invalidPagination(`page[size] must be less than or equal to ${maxSize}`)
    const after = decodeParam(query, 'page[after]')
    const before = decodeParam(query, 'page[before]')
    if (after === 'invalid') return invalidPagination('page[after] is not a valid cursor')
    if (before === 'invalid') return invalidPagination('page[before] is not a valid cursor')
    return { mode: 'cursor', size, after, before }
  }
  const page = Math.max(1, Math.trunc(Number(query.get('page') ?? '1')) || 1)
  // Offset endpoints clamp an oversized per_page to 100 rather than refusing it.
  const perPage = Math.min(100, Math.max(1, Math.trunc(Number(query.get('per_page') ?? '100')) || 100))
  return { mode: 'offset', page, perPage }
}

function decodeParam(query: URLSearchParams, name: string): CursorKey | null | 'invalid' {
  const raw = query.get(name)
  if (raw === null || raw === '') return null
  return decodeCursor(raw) ?? 'invalid'
}

/** Cursors are opaque to clients; ours are base64url JSON of the sort key of an item. */
export function encodeCursor(key: CursorKey): string {
  const bytes = new TextEncoder().encode(JSON.stringify(key))
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function decodeCursor(cursor: string): CursorKey | null {
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))
    const value: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))))
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value
    return null
  } catch {
    return null
  }
}

/** Lexicographic comparison of sort keys. */
export function compareKeys(a: CursorKey, b: CursorKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i]
    const y = b[i]
    if (x === y) continue
    if (x === undefined) return -1
    if (y === undefined) return 1
    return x < y ? -1 : 1
  }
  return 0
}

function withParams(url: URL, set: Record<string, string>, remove: string[]): string {
  const next = new URL(url.href)
  for (const name of remove) next.searchParams.delete(name)
  for (const [name, value] of Object.entries(set)) next.searchParams.set(name, value)
  return next.href
}

export interface OffsetPage<T> {
  slice: T[]
  next_page: string | null
  previous_page: string | null
  count: number
}

/** One offset page; `next_page` is null on the last page. */
export function offsetPage<T>(items: T[], paging: OffsetPaging, url: URL): OffsetPage<T> {
  const start = (paging.page - 1) * paging.perPage
  const slice = items.slice(start, start + paging.perPage)
  const hasNext = start + paging.perPage < items.length
  return {
    slice,
    next_page: hasNext ? withParams(url, { page: String(paging.page + 1), per_page: String(paging.perPage) }, []) : null,
    previous_page: paging.page > 1 ? withParams(url, { page: String(paging.page - 1), per_page: String(paging.perPage) }, []) : null,
    count: items.length,
  }
}

export interface CursorPage<T> {
  slice: T[]
  meta: { has_more: boolean; after_cursor: string | null; before_cursor: string | null }
  links: { prev: string | null; next: string | null }
}

/**
 * One cursor page over items already sorted in traversal order. `direction` says whether keys grow (1) or
 * shrink (-1) along that order, so a cursor whose item disappeared (deleted between pages) still resumes
 * at the right place.
 */
export function cursorPage<T>(items: T[], keyOf: (item: T) => CursorKey, paging: CursorPaging, url: URL, direction: 1 | -1 = 1): CursorPage<T> {
  const isAfter = (item: T, key: CursorKey) => compareKeys(keyOf(item), key) * direction > 0
  const isBefore = (item: T, key: CursorKey) => compareKeys(keyOf(item), key) * direction < 0
  let start: number
  let end: number
  if (paging.before) {
    const key = paging.before
    end = items.findIndex((item) => !isBefore(item, key))
    if (end === -1) end = items.length
    start = Math.max(0, end - paging.size)
  } else {
    const key = paging.after
    start = key ? items.findIndex((item) => isAfter(item, key)) : 0
    if (start === -1) start = items.length
    end = Math.min(items.length, start + paging.size)
  }
  const slice = items.slice(start, end)
  const first = slice[0]
  const last = slice[slice.length - 1]
  const afterCursor = last === undefined ? null : encodeCursor(keyOf(last))
  const beforeCursor = first === undefined ? null : encodeCursor(keyOf(first))
  const hasMore = paging.before ? start > 0 : end < items.length
  const size = String(paging.size)
  return {
    slice,
    meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: beforeCursor },
    links: {
      next: afterCursor && end < items.length ? withParams(url, { 'page[size]': size, 'page[after]': afterCursor }, ['page[before]']) : null,
      prev: beforeCursor && start > 0 ? withParams(url, { 'page[size]': size, 'page[before]': beforeCursor }, ['page[after]']) : null,
    },
  }
}

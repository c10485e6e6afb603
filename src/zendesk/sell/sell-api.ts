import type { SellRecordKind, SellRelatedKind, SellSourceItem, SellSourceRecord } from '../../core/sell/sell-types'
import { createRequestScheduler } from '../request-scheduler'
import type { RetryPolicy } from '../retry-policy'
import { createApiCaller, type ApiClientOptions } from '../support-api-client'
import type { ApiRequest } from '../zaf-transport'
import { sellItemListSchema, sellRecordListSchema, sellSingleSchema } from './sell-schemas'

/** Sell's API host; it is the manifest's `domainWhitelist`, so Zendesk's proxy fills in the token for it only. */
export const SELL_API_BASE = 'https://api.getbase.com/v2'

/**
 * Every Sell call carries these. The token is a placeholder that Zendesk's proxy replaces server-side
 * (secure setting, `scopes: ["header"]`): the real value never exists in the browser. Sell refuses
 * requests without a User-Agent (400 `invalid_user_agent`).
 */
export const SELL_HEADERS: Readonly<Record<string, string>> = {
  Authorization: 'Bearer {{setting.sell_api_token}}',
  Accept: 'application/json',
  'User-Agent': 'PrivacyAssistant/1.0',
}

/** Sell sends no Retry-After on 429 (reference §2): back off briefly and give up soon, the agent can retry. */
export const SELL_RETRY_POLICY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 10_000 }

const PER_PAGE = 100
/** 50 pages of 100 is far more than one person's notes; the guard stops a server that never ends its list. */
const MAX_PAGES = 50

const RECORD_PATHS: Record<SellRecordKind, string> = { contact: 'contacts', lead: 'leads' }

export type SellApiOptions = Omit<ApiClientOptions, 'retry'> & { retry?: RetryPolicy; perMinute?: number }

/** What a lookup filters on: documented `email`, and `phone`/`mobile` where the account's API accepts them. */
export type SellRecordFilter = { email: string } | { phone: string } | { mobile: string }

export interface SellListResult<T> {
  items: T[]
  /** Set when a later page failed: the items read so far are kept. */
  error?: unknown
}

export function sellRequest(method: ApiRequest['method'], path: string, query?: ApiRequest['query']): ApiRequest {
  return { method, path: `${SELL_API_BASE}${path}`, ...(query ? { query } : {}), headers: { ...SELL_HEADERS }, secure: true }
}

/**
 * The Sell client, through the same door as Support (`createApiCaller` → `client.request`). It has its
 * own scheduler: Sell's pace and its 429 pauses never hold up Support calls, and a Sell outage cannot
 * slow the Support side of the checklist.
 */
export function createSellApi(options: SellApiOptions) {
  const scheduler = options.scheduler ?? createRequestScheduler({ perMinute: options.perMinute ?? 100, concurrency: 2 })
  const caller = createApiCaller({ ...options, scheduler, retry: options.retry ?? SELL_RETRY_POLICY, timeoutMs: options.timeoutMs ?? 30_000 })

  async function listPages<T>(path: string, query: Record<string, string | number>, schema: typeof sellRecordListSchema | typeof sellItemListSchema, signal?: AbortSignal): Promise<SellListResult<T>> {
    const items: T[] = []
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      let body: { items: { data: unknown }[]; meta?: { links?: { next_page?: string | null } } | null }
      try {
        body = await caller.call(sellRequest('GET', path, { ...query, page, per_page: PER_PAGE }), schema, signal)
      } catch (error) {
        // The first page failing means nothing is known: the caller decides. A later one keeps what was read.
        if (page === 1 || signal?.aborted) throw error
        return { items, error }
      }
      items.push(...body.items.map((item) => item.data as T))
      const next = body.meta?.links?.next_page
      const more = next !== undefined ? Boolean(next) : body.items.length === PER_PAGE
      if (!more || body.items.length === 0) return { items }
    }
    return { items }
  }

  return {
    caller,
    /** Contacts or leads matching one filter, every page. */
    async findRecords(kind: SellRecordKind, filter: SellRecordFilter, signal?: AbortSignal): Promise<SellSourceRecord[]> {
      const result = await listPages<SellSourceRecord>(`/${RECORD_PATHS[kind]}`, { ...filter }, sellRecordListSchema, signal)
      if (result.error) throw result.error
      return result.items
    },

    /** Notes, calls, tasks, text messages and documents by `resource_type`/`resource_id`; deals by `contact_id`. */
    listRelated(kind: SellRecordKind, id: number, related: SellRelatedKind, signal?: AbortSignal): Promise<SellListResult<SellSourceItem>> {
      const query: Record<string, string | number> = related === 'deals' ? { contact_id: id } : { resource_type: kind, resource_id: id }
      return listPages<SellSourceItem>(`/${related}`, query, sellItemListSchema, signal)
    },

    async getRecord(kind: SellRecordKind, id: number, signal?: AbortSignal): Promise<SellSourceRecord> {
      const body = await caller.call(sellRequest('GET', `/${RECORD_PATHS[kind]}/${id}`), sellSingleSchema, signal)
      return body.data as SellSourceRecord
    },

    /** DELETE → 204. Sell cannot undo it. */
    async deleteRecord(kind: SellRecordKind, id: number, signal?: AbortSignal): Promise<void> {
      await caller.send(sellRequest('DELETE', `/${RECORD_PATHS[kind]}/${id}`), signal)
    },
  }
}

export type SellApi = ReturnType<typeof createSellApi>

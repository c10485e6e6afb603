import type { ApiCaller } from '../support-api-client'
import { searchExportPageSchema, searchPageSchema } from '../schemas/search-schemas'
import type { ZendeskTicket } from '../schemas/ticket-schemas'

/** `/search` returns at most 1,000 results per query (reference §1.1); past that, use the export. */
export const SEARCH_RESULT_CAP = 1000
export const SEARCH_PAGE_SIZE = 100

export interface SearchPage {
  tickets: ZendeskTicket[]
  /** The true total, even beyond the cap. */
  count: number
}

export interface ExportPage {
  tickets: ZendeskTicket[]
  after: string | undefined
}

/** Typed ticket search: offset pages of `/search`, and cursor pages of `/search/export` for big result sets. */
export function createSearchEndpoints(api: ApiCaller) {
  return {
    async searchTicketsPage(query: string, page: number, signal?: AbortSignal): Promise<SearchPage> {
      const body = await api.call({ method: 'GET', path: '/api/v2/search', query: { query, page, per_page: SEARCH_PAGE_SIZE } }, searchPageSchema, signal)
      return { tickets: body.results, count: body.count }
    },

    /** `query` must not contain `type:` (Zendesk refuses it on export); the type goes in `filter[type]`. */
    async exportTicketsPage(query: string, after: string | undefined, signal?: AbortSignal): Promise<ExportPage> {
      const body = await api.call(
        // 100 per page, as Zendesk recommends: archived tickets make bigger pages slow.
        { method: 'GET', path: '/api/v2/search/export', query: { query, 'filter[type]': 'ticket', 'page[size]': SEARCH_PAGE_SIZE, 'page[after]': after } },
        searchExportPageSchema,
        signal,
      )
      return { tickets: body.results, after: body.meta.has_more ? (body.meta.after_cursor ?? undefined) : undefined }
    },
  }
}

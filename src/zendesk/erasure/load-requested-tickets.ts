import type { SupportApi } from '../support-api'

/**
 * Every ticket the user requested, with its status, as Zendesk lists them now (archived ones show as
 * closed). The deletion preflight needs the full list: one unclosed request blocks deleting the user.
 */
export async function loadRequestedTickets(api: SupportApi, userId: number, signal?: AbortSignal): Promise<Array<{ id: number; status: string }>> {
  const all: Array<{ id: number; status: string }> = []
  for (let page = 1; ; page += 1) {
    const result = await api.tickets.listUserTicketsPage(userId, 'requested', page, signal)
    all.push(...result.items.map((t) => ({ id: t.id, status: t.status })))
    if (!result.hasMore || result.items.length === 0) return all
  }
}

import { assembleExport, type ExportProgress } from '../../core/export/assemble-export'
import type { ExportIncomplete, ExportSell, PrivacyExport } from '../../core/export/export-schema'
import type { ExportTicketInput, SourceTicket } from '../../core/export/export-input'
import { subjectIdentifiersOf } from '../../core/export/subject-identifiers'
import { DEFAULT_MASKED_TYPES, createThirdPartyMasker, type ThirdPartyMasker } from '../../core/export/third-party-masker'
import type { Inventory } from '../../core/inventory/inventory-types'
import type { SupportApi } from '../../zendesk/support-api'
import { toApiError } from '../../zendesk/api-error'
import { listSubjectTickets } from '../../zendesk/subject-ticket-lists'
import { prefetchInOrder } from './prefetch-in-order'

export interface BuildExportOptions {
  api: SupportApi
  subjectId: number
  isStaff: boolean
  inventory: Inventory | null
  maskThirdParties: boolean
  subdomain: string | null
  requestTicketId: number | null
  generatorVersion: string
  signal: AbortSignal
  onProgress: (progress: ExportProgress) => void
  /** Called once the ticket list is known, before comments are read. */
  onTickets?: (count: number, source: 'inventory' | 'lists') => void
  /** The Sell connector's part (src/react/sell); without it the export says Sell is not connected. */
  sell?: (signal: AbortSignal, mask?: (text: string) => string) => Promise<{ section: ExportSell; incomplete: ExportIncomplete[] }>
}

// A macrotask, so the browser paints the progress bar and handles clicks (Cancel) between chunks.
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * Reads what the export needs from Zendesk and assembles it in chunks. Tickets come from the inventory
 * when one was built (it knows every ticket the person appears in), otherwise from the user's ticket
 * lists. Each ticket's comments are read lazily, so 1,000 tickets never sit in memory twice.
 */
export async function buildExport(options: BuildExportOptions): Promise<PrivacyExport> {
  const { api, subjectId, signal } = options
  const incomplete: ExportIncomplete[] = []
  const [user, identities] = await Promise.all([api.users.getUser(subjectId, signal), api.users.listIdentities(subjectId, signal)])
  const memberships = await api.organizations.listUserMemberships(subjectId, signal).catch((error: unknown) => {
    if (signal.aborted) throw error
    incomplete.push({ what: 'organizations', reason: toApiError(error).kind })
    return []
  })
  const organizationIds = [...new Set(memberships.map((m) => m.organization_id))]
  const organizations = organizationIds.length > 0 ? await api.organizations.showMany(organizationIds, signal).catch(() => []) : []

  const tickets: { ticket: SourceTicket; roles: string[] }[] = options.inventory
    ? options.inventory.tickets.map((t) => ({
        ticket: { id: t.id, subject: t.subject, status: t.status, requester_id: t.requesterId, created_at: t.createdAt, updated_at: t.updatedAt, tags: t.tags },
        roles: [...t.roles],
      }))
    : (await listSubjectTickets(api, subjectId, options.isStaff, signal)).map(({ ticket, roles }) => ({ ticket, roles }))
  options.onTickets?.(tickets.length, options.inventory ? 'inventory' : 'lists')

  let masker: ThirdPartyMasker | undefined
  if (options.maskThirdParties) {
    // The PII engine is the heaviest module of the app: it loads only when masking is asked for.
    const { detectPii } = await import('../../core/pii/index')
    masker = createThirdPartyMasker({ detect: detectPii, subject: subjectIdentifiersOf(user, identities) })
  }
  const authorNames = new Map<number, string>()
  const sell = await options.sell?.(signal, masker?.text.bind(masker))
  if (sell) incomplete.push(...sell.incomplete)

  async function loadTicket(entry: { ticket: SourceTicket; roles: string[] }): Promise<ExportTicketInput> {
    try {
      const { comments, authors } = await api.requestComments.listWithAuthors(entry.ticket.id, signal)
      for (const author of authors.values()) if (author.name) authorNames.set(author.id, author.name)
      masker?.learnNames([...authors.values()].filter((a) => a.id !== subjectId && a.name).map((a) => a.name as string))
      return { ...entry, comments, complete: true }
    } catch (error) {
      if (signal.aborted) throw error
      return { ...entry, comments: [], complete: false, failure: toApiError(error).kind }
    }
  }

  return assembleExport(
    {
      user,
      identities,
      memberships,
      organizationNames: new Map(organizations.map((o) => [o.id, o.name])),
      authorNames,
      tickets: prefetchInOrder(tickets, loadTicket),
      totalTickets: tickets.length,
      incomplete,
      ...(sell ? { sell: sell.section } : {}),
      subdomain: options.subdomain,
      requestTicketId: options.requestTicketId,
    },
    {
      generatedAt: new Date().toISOString(),
      generatorVersion: options.generatorVersion,
      ...(masker ? { masker, maskedTypes: DEFAULT_MASKED_TYPES } : {}),
      chunkSize: 20,
      yieldControl: yieldToBrowser,
      onProgress: options.onProgress,
      signal,
    },
  )
}

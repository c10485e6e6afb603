import type { SearchTerm, UnreadableItem } from '../core/inventory/inventory-types'
import { addCandidate, canResume, emptyCheckpoint, type ScanCheckpoint } from '../core/inventory/scan-checkpoint'
import type { SubjectIdentityInput, SubjectProfileInput } from '../core/inventory/scan-inputs'
import { scanOrganization, scanProfile } from '../core/inventory/scan-profile'
import { scanTicket } from '../core/inventory/scan-ticket'
import type { ScanDetectOptions } from '../core/inventory/scan-text'
import { buildSearchQueries } from '../core/inventory/search-queries'
import { toSubjectIdentifiers } from '../core/inventory/subject-identifiers'
import { termKey } from '../core/inventory/term-key'
import { mergeRoles } from '../core/inventory/ticket-roles'
import { archiveCutoffDay } from '../core/inventory/ticket-status'
import { toApiError } from './api-error'
import { discoverySources, runSource, type TicketSink } from './scan-discovery'
import { createThrottle, estimateEtaMs, type ScanProgress } from './scan-progress'
import type { SupportApi } from './support-api'
import { toCommentInput, toTicketInput } from './to-scan-inputs'
import { createWorkQueue } from './work-queue'

export interface ScanInventoryOptions {
  api: Pick<SupportApi, 'caller' | 'tickets' | 'comments' | 'search' | 'organizations'>
  subject: { profile: SubjectProfileInput & { role?: string }; identities: readonly SubjectIdentityInput[] }
  terms: readonly SearchTerm[]
  /** A previous run's checkpoint: resumed when it is for the same subject and terms, ignored otherwise. */
  checkpoint?: ScanCheckpoint
  signal?: AbortSignal
  onProgress?: (progress: ScanProgress) => void
  now?: () => number
  /** Lets the browser paint and handle input between tickets; a macrotask by default. */
  yieldToEventLoop?: () => Promise<void>
  /** Tickets scanned in parallel; more than the scheduler's concurrency so its queue never runs dry. */
  workers?: number
  progressIntervalMs?: number
}

export interface ScanOutcome {
  status: 'finished' | 'cancelled'
  /** Everything done so far; pass it back as `checkpoint` to resume. */
  checkpoint: ScanCheckpoint
}

function unreadable(error: unknown, item: Omit<UnreadableItem, 'reason' | 'status'>): UnreadableItem {
  const apiError = toApiError(error)
  return { ...item, reason: apiError.kind, ...(apiError.status ? { status: apiError.status } : {}) }
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * Builds the inventory's raw material for one subject: discovers their tickets (user-scoped lists,
 * `commenter:` search, one search per term), scans each ticket's comments as soon as it is found, and scans
 * the profile and organisations. Requests go through the scheduler, so the scan stays under the apps limit.
 * A ticket that cannot be read is recorded as unreadable and the rest carries on. Cancelling keeps what is
 * done in the returned checkpoint; resuming fetches only what is missing and retries what failed.
 */
export async function scanInventory(options: ScanInventoryOptions): Promise<ScanOutcome> {
  const { api, subject, signal } = options
  const now = options.now ?? (() => Date.now())
  const yieldNow = options.yieldToEventLoop ?? macrotask
  const subjectId = subject.profile.id
  const enabled = options.terms.filter((t) => t.enabled)
  const termKeys = enabled.map(termKey)
  const checkpoint = canResume(options.checkpoint, subjectId, termKeys) ? structuredClone(options.checkpoint) : emptyCheckpoint(subjectId, termKeys)
  // Unreadable items from an earlier run are retried now; they come back if they fail again.
  checkpoint.unreadable = []
  const detect: ScanDetectOptions = { subject: toSubjectIdentifiers(enabled) }
  const scheduler = api.caller.scheduler
  const startedAt = now()
  const sentBefore = scheduler.stats().started
  const sent = () => scheduler.stats().started - sentBefore
  const usedBefore = checkpoint.requestsUsed
  const used = () => usedBefore + sent()
  let phase: ScanProgress['phase'] = 'discovering'
  let pagesRead = 0
  let ticketsRead = 0
  const throttle = createThrottle(now, options.progressIntervalMs ?? 200)
  const isDone = (id: number) => checkpoint.results[id]?.ticket.scanned === true

  const queries = buildSearchQueries(subjectId, enabled, { archivedBefore: archiveCutoffDay(now()) })
  const sources = discoverySources(subject.profile.role === 'agent' || subject.profile.role === 'admin', queries)
  const pendingSources = sources.filter((s) => !checkpoint.sourcesDone.includes(s.id))
  let sourcesLeft = pendingSources.length

  const report = (force = false) =>
    throttle(() => {
      const found = Object.keys(checkpoint.candidates).length
      const scanned = Object.values(checkpoint.results).filter((r) => r.ticket.scanned).length
      const pagesPerTicket = ticketsRead > 0 ? pagesRead / ticketsRead : 1
      options.onProgress?.({
        phase,
        ticketsFound: found,
        ticketsScanned: scanned,
        requestsUsed: used(),
        etaMs: estimateEtaMs({ remainingRequests: (found - scanned) * pagesPerTicket + sourcesLeft, sent: sent(), elapsedMs: now() - startedAt, perMinute: scheduler.stats().perMinute }),
        unreadable: checkpoint.unreadable.length,
      })
    }, force)

  const queue = createWorkQueue(signal)
  for (const id of Object.keys(checkpoint.candidates).map(Number)) if (!isDone(id)) queue.push(id)
  const sink: TicketSink = (tickets, hit) => {
    if (signal?.aborted) return
    for (const t of tickets) {
      addCandidate(checkpoint.candidates, toTicketInput(t), hit)
      if (!isDone(t.id)) queue.push(t.id)
    }
    report()
  }

  async function discover(): Promise<void> {
    await Promise.all(
      pendingSources.map(async (source) => {
        try {
          await runSource(api, subjectId, source, sink, signal)
          if (!signal?.aborted) checkpoint.sourcesDone.push(source.id)
        } catch (error) {
          if (!signal?.aborted) checkpoint.unreadable.push(unreadable(error, { what: 'search' }))
        } finally {
          sourcesLeft -= 1
        }
      }),
    )
    phase = 'scanning'
    queue.close()
    report(true)
  }

  async function scanOne(id: number): Promise<void> {
    const candidate = checkpoint.candidates[id]
    if (!candidate) return
    const comments = []
    let complete = false
    try {
      let after: string | undefined
      do {
        const page = await api.comments.listCommentsPage(id, after, signal)
        pagesRead += 1
        comments.push(...page.comments.map(toCommentInput))
        after = page.after
      } while (after)
      complete = true
    } catch (error) {
      if (signal?.aborted) return
      checkpoint.unreadable.push(unreadable(error, { ticketId: id, what: 'comments' }))
    }
    ticketsRead += 1
    // What could be read is still scanned (subject line, fields, the pages that did arrive).
    const result = scanTicket({ ticket: candidate.ticket, comments, complete, subjectId, knownRoles: candidate.roles, detect, nowMs: now() })
    checkpoint.results[id] = result
    report()
    await yieldNow()
  }

  async function worker(): Promise<void> {
    for (let id = await queue.take(); id !== undefined && !signal?.aborted; id = await queue.take()) await scanOne(id)
  }

  async function scanProfileAndOrganizations(): Promise<void> {
    if (checkpoint.profile.done) return
    try {
      const organizations = await api.organizations.listUserOrganizations(subjectId, signal)
      checkpoint.profile = { done: true, findings: [...scanProfile(subject.profile, detect), ...organizations.flatMap((o) => scanOrganization(o, detect))] }
    } catch (error) {
      if (signal?.aborted) return
      checkpoint.unreadable.push(unreadable(error, { what: 'profile' }))
      checkpoint.profile = { done: false, findings: scanProfile(subject.profile, detect) }
    }
  }

  report(true)
  const workers = Array.from({ length: Math.max(1, options.workers ?? 8) }, worker)
  await Promise.allSettled([discover(), scanProfileAndOrganizations(), ...workers])
  // Roles found by a later source (a list page that arrived after the ticket was scanned) still count.
  for (const [id, result] of Object.entries(checkpoint.results)) {
    const roles = mergeRoles(result.ticket.roles, checkpoint.candidates[Number(id)]?.roles ?? [])
    if (roles.length !== result.ticket.roles.length) checkpoint.results[Number(id)] = { ...result, related: true, ticket: { ...result.ticket, roles } }
  }
  checkpoint.requestsUsed = used()
  phase = signal?.aborted ? 'cancelled' : 'done'
  report(true)
  return { status: signal?.aborted ? 'cancelled' : 'finished', checkpoint }
}

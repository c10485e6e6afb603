import type { FakeZendesk, JobRecord, WriteLogEntry } from '../../dev/fake-zendesk/index'
import type { ErasureJournal, JournalEntry } from '../../src/core/erasure/erasure-journal'

/**
 * The write guard (issue 5): every mutating request the fake saw during an erasure must belong to an
 * operation the agent confirmed, and no confirmed operation may land twice. Build it from the journal as it
 * was when the agent confirmed (entries not skipped up front), then check the fake's write log.
 */
export interface WriteGuardOptions {
  /** The request ticket when the agent chose to add the evidence as an internal note. */
  evidenceNoteTicketId?: number
}

function idsOf(entry: WriteLogEntry): number[] {
  return (entry.query.ids ?? '').split(',').filter(Boolean).map(Number)
}

function matches(write: WriteLogEntry, e: JournalEntry): boolean {
  const p = write.path.replace(/\.json$/, '')
  const m = write.method
  switch (e.kind) {
    case 'redact_comment':
      return m === 'PUT' && p === `/api/v2/comment_redactions/${e.commentId}`
    case 'legacy_redact':
      return m === 'PUT' && p === `/api/v2/tickets/${e.ticketId}/comments/${e.commentId}/redact`
    case 'redact_attachment':
      return m === 'PUT' && p === `/api/v2/tickets/${e.ticketId}/comments/${e.commentId}/attachments/${e.attachmentIds?.[0]}/redact`
    case 'delete_recording':
      return m === 'DELETE' && p === `/api/v2/channels/voice/calls/${e.callId}/recordings`
    case 'soft_delete_ticket':
      return m === 'DELETE' && (p === `/api/v2/tickets/${e.ticketId}` || (p === '/api/v2/tickets/destroy_many' && idsOf(write).includes(e.ticketId as number)))
    case 'permanently_delete_ticket':
      return m === 'DELETE' && (p === `/api/v2/deleted_tickets/${e.ticketId}` || (p === '/api/v2/deleted_tickets/destroy_many' && idsOf(write).includes(e.ticketId as number)))
    case 'restore_ticket':
      return m === 'PUT' && p === `/api/v2/deleted_tickets/${e.ticketId}/restore`
    case 'delete_identity':
      return m === 'DELETE' && p === `/api/v2/users/${e.userId}/identities/${e.identityId}`
    case 'change_user_role':
      return m === 'PUT' && p === `/api/v2/users/${e.userId}` && JSON.stringify(write.body) === JSON.stringify({ user: { role: 'end-user' } })
    case 'soft_delete_user':
      return m === 'DELETE' && p === `/api/v2/users/${e.userId}`
    case 'permanently_delete_user':
      return m === 'DELETE' && p === `/api/v2/deleted_users/${e.userId}`
  }
}

function isEvidenceNote(write: WriteLogEntry, ticketId: number | undefined): boolean {
  if (ticketId === undefined || write.method !== 'PUT' || write.path.replace(/\.json$/, '') !== `/api/v2/tickets/${ticketId}`) return false
  const ticket = (write.body as { ticket?: Record<string, unknown> } | null)?.ticket
  const comment = ticket?.comment as { public?: boolean } | undefined
  return !!ticket && Object.keys(ticket).length === 1 && comment?.public === false
}

/** Job-creating requests: a 200 only queues work; whether it was done is the job's outcome. */
function createsJob(write: WriteLogEntry): boolean {
  const p = write.path.replace(/\.json$/, '')
  return p.endsWith('/destroy_many') || /^\/api\/v2\/deleted_tickets\/\d+$/.test(p)
}

/** What the guard reads from the fake: its write log and its jobs (plain data, so a browser page can send it). */
export interface GuardSource {
  writeLog: readonly WriteLogEntry[]
  jobs: ReadonlyArray<Pick<JobRecord, 'status' | 'work'>>
}

export function guardSource(fake: FakeZendesk): GuardSource {
  return { writeLog: fake.writeLog, jobs: [...fake.state.jobs.values()] }
}

/** Writes that match no confirmed operation; and confirmed operations that took effect more than once. */
export function checkWrites(source: FakeZendesk | GuardSource, confirmed: ErasureJournal, options: WriteGuardOptions = {}) {
  const { writeLog, jobs } = 'handlers' in source ? guardSource(source) : source
  const allowed = confirmed.entries.filter((e) => e.state !== 'skipped')
  const unexpected: string[] = []
  const landed = new Map<string, number>()
  for (const write of writeLog) {
    if (isEvidenceNote(write, options.evidenceNoteTicketId)) continue
    const owners = allowed.filter((e) => matches(write, e))
    if (owners.length === 0) unexpected.push(`${write.method} ${write.path}${write.query.ids ? `?ids=${write.query.ids}` : ''} → ${write.status}`)
    if (write.status >= 200 && write.status < 300 && !createsJob(write)) for (const e of owners) landed.set(e.id, (landed.get(e.id) ?? 0) + 1)
  }
  // A ticket may be in several jobs (a failed one, then the retry) but in only one that completed.
  for (const job of jobs) {
    if (job.status !== 'completed' || !('ids' in job.work)) continue
    const kind = job.work.kind === 'permanently_delete_tickets' ? 'purge' : job.work.kind === 'soft_delete_tickets' ? 'soft-delete' : 'delete-user'
    for (const id of job.work.ids) landed.set(`${kind}:${id}`, (landed.get(`${kind}:${id}`) ?? 0) + 1)
  }
  const twice = [...landed].filter(([id, n]) => n > 1 && !id.startsWith('legacy-redact:')).map(([id]) => id)
  return { unexpected, twice }
}

/** Fails the test on any unconfirmed write or any operation done twice. */
export function expectOnlyConfirmedWrites(source: FakeZendesk | GuardSource, confirmed: ErasureJournal, options?: WriteGuardOptions): void {
  expect(checkWrites(source, confirmed, options)).toEqual({ unexpected: [], twice: [] })
}

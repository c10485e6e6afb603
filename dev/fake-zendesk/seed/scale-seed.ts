import { isoSeconds } from '../clock'
import { textToHtml } from '../html'
import type { AccountSeed, CommentRecord, TicketRecord, TicketStatus } from '../state/records'
import { FAKE_PII } from './fake-pii'
import {
  DEMO_ADMIN_ID,
  DEMO_AGENT_ID,
  DEMO_GROUPS,
  DEMO_GROUP_SUPPORT_ID,
  DEMO_IDENTITIES,
  DEMO_MEMBERSHIPS,
  DEMO_NOW,
  DEMO_ORGANIZATIONS,
  DEMO_OWNER_ID,
  DEMO_SUBJECT_ID,
  DEMO_TICKET_FIELDS,
  DEMO_USERS,
} from './demo-people'

/** The subject of a scale seed: the demo subject, so the same ids and identifiers work in benchmarks. */
export const SCALE_SUBJECT_ID = DEMO_SUBJECT_ID

export interface ScaleSeedOptions {
  /** Tickets the subject requested (e.g. 500 for `bench:scan`, 5000 for the responsiveness test). */
  tickets: number
  /** Comments per ticket, alternating subject and agent; at least 1. */
  commentsPerTicket: number
}

const DAY = 24 * 60 * 60 * 1000
const STATUSES: Array<TicketStatus | 'archived'> = ['open', 'pending', 'solved', 'closed', 'hold', 'new', 'archived', 'solved', 'closed', 'archived']

/**
 * A large, deterministic account for benchmarks: the demo's people, and `tickets` tickets requested by
 * the subject, every third subject comment mentioning one of her identifiers or an IBAN.
 */
export function makeScaleSeed(options: ScaleSeedOptions): AccountSeed {
  const ticketCount = Math.max(0, Math.floor(options.tickets))
  const perTicket = Math.max(1, Math.floor(options.commentsPerTicket))
  const tickets: TicketRecord[] = []
  const comments: CommentRecord[] = []
  let commentId = 700000001
  let auditId = 900000001
  const mentions = ['lea.martin@example.com', '+33 6 12 34 56 78', '06 12 34 56 78', `IBAN ${FAKE_PII.lea.iban}`, 'lea.m.perso@example.org']
  for (let i = 0; i < ticketCount; i += 1) {
    const id = i + 1
    const kind = STATUSES[i % STATUSES.length] ?? 'open'
    const archived = kind === 'archived'
    const status: TicketStatus = archived ? 'closed' : kind
    // Archived tickets are old; closed ones were closed within the last 120 days; the rest are recent.
    const ageDays = archived ? 200 + (i % 500) : status === 'closed' ? 20 + (i % 90) : 1 + (i % 60)
    const created = DEMO_NOW - ageDays * DAY - (i % 1440) * 60 * 1000
    let at = created
    for (let c = 0; c < perTicket; c += 1) {
      at += 3 * 60 * 60 * 1000
      const bySubject = c % 2 === 0
      const mention = bySubject && c % 3 === 0 ? ` Contact: ${mentions[(i + c) % mentions.length]}.` : ''
      const body = bySubject ? `Ticket ${id}, message ${c + 1}: the lamp still flickers.${mention}` : `Reply ${c + 1}: thank you, we are checking ticket ${id}.`
      comments.push({
        id: commentId++,
        ticket_id: id,
        type: 'Comment',
        author_id: bySubject ? DEMO_SUBJECT_ID : DEMO_AGENT_ID,
        body,
        html_body: textToHtml(body),
        plain_body: body,
        public: true,
        audit_id: auditId++,
        attachments: [],
        via: { channel: 'web', source: { from: {}, to: {}, rel: null } },
        metadata: { system: {}, custom: {} },
        created_at: isoSeconds(at),
      })
    }
    const updated = status === 'closed' ? Math.min(at + 4 * DAY, DEMO_NOW) : Math.min(at, DEMO_NOW)
    tickets.push({
      id,
      external_id: null,
      via: { channel: 'web', source: { from: {}, to: {}, rel: null } },
      created_at: isoSeconds(created),
      updated_at: isoSeconds(updated),
      type: 'question',
      subject: `Scale ticket ${id}`,
      priority: 'normal',
      status,
      recipient: null,
      requester_id: DEMO_SUBJECT_ID,
      submitter_id: DEMO_SUBJECT_ID,
      assignee_id: status === 'new' ? null : DEMO_AGENT_ID,
      organization_id: null,
      group_id: DEMO_GROUP_SUPPORT_ID,
      collaborator_ids: [],
      follower_ids: [],
      email_cc_ids: [],
      tags: ['scale'],
      custom_fields: [],
      brand_id: 360000001,
      is_public: true,
      archived,
      deleted_at: null,
      deleted_by: null,
      previous_state: null,
    })
  }
  return {
    subdomain: 'demo',
    ownerId: DEMO_OWNER_ID,
    defaultActingUserId: DEMO_ADMIN_ID,
    clockStart: DEMO_NOW,
    settings: { agentWorkspace: true, agentsCanDelete: true },
    users: structuredClone(DEMO_USERS),
    identities: structuredClone(DEMO_IDENTITIES),
    organizations: structuredClone(DEMO_ORGANIZATIONS),
    memberships: structuredClone(DEMO_MEMBERSHIPS),
    groups: structuredClone(DEMO_GROUPS),
    ticketFields: structuredClone(DEMO_TICKET_FIELDS),
    tickets,
    comments,
  }
}

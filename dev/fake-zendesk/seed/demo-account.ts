import type { AccountSeed, CommentRecord, TicketRecord } from '../state/records'
import { relatesTo } from '../state/ticket-queries'
import { INVOLVED_TICKETS } from './demo-involved-tickets'
import {
  DEMO_ADMIN_ID,
  DEMO_GROUPS,
  DEMO_IDENTITIES,
  DEMO_MEMBERSHIPS,
  DEMO_NOW,
  DEMO_ORGANIZATIONS,
  DEMO_OWNER_ID,
  DEMO_PROFILE_PII,
  DEMO_SUBJECT_ID,
  DEMO_TICKET_FIELDS,
  DEMO_USERS,
} from './demo-people'
import { REQUEST_TICKET_KEY, SUBJECT_TICKETS } from './demo-subject-tickets'
import { NEAR_MISS_TICKET_KEYS, UNRELATED_TICKETS } from './demo-unrelated-tickets'
import type { PlantedOccurrence } from './plant'
import { buildTicket, type BuildContext, type PlantedAttachment, type PlantedRecording } from './ticket-builder'

export {
  DEMO_ADMIN_ID,
  DEMO_AGENT_ID,
  DEMO_LIGHT_AGENT_ID,
  DEMO_MANAGER_AGENT_ID,
  DEMO_NOW,
  DEMO_OWNER_ID,
  DEMO_SHARED_USER_ID,
  DEMO_SUBJECT,
  DEMO_SUBJECT_ID,
} from './demo-people'

/** The demo account's answer key: where the subject's data and the planted personal data are. */
export interface DemoPlanted {
  subjectId: number
  /** Every planted value in ticket text (comment `plain_body`, subject line, custom field), all tickets. */
  occurrences: PlantedOccurrence[]
  /** Personal data on the subject's profile and organisation. */
  profile: ReadonlyArray<{ where: string; type: string; value: string; isSubjectIdentifier: boolean }>
  attachments: PlantedAttachment[]
  voiceRecordings: PlantedRecording[]
  /** Tickets by the subject's role in them (a ticket can be in several lists). */
  subjectTickets: { requested: number[]; ccd: number[]; followed: number[]; commented: number[]; mentioned: number[] }
  /** Tickets with no link at all to the subject: an inventory must report nothing from them. */
  unrelatedTicketIds: number[]
  /** Unrelated tickets built to look close (similar name, "Saint-Martin", same organisation). */
  nearMissTicketIds: number[]
  /** Soft-deleted in the seed (in deleted_tickets, invisible to show and search). */
  deletedTicketIds: number[]
}

function buildDemoAccount(): { seed: AccountSeed; planted: DemoPlanted; ticketIds: Record<string, number> } {
  const all = [...SUBJECT_TICKETS, ...INVOLVED_TICKETS, ...UNRELATED_TICKETS]
  // Ticket ids grow with creation time, as in a real account.
  const ordered = [...all].sort((a, b) => b.daysAgo - a.daysAgo || a.key.localeCompare(b.key))
  const users = new Map(DEMO_USERS.map((u) => [u.id, u]))
  const ctx: BuildContext = {
    baseUrl: 'https://demo.zendesk.com',
    now: DEMO_NOW,
    nextComment: 700000001,
    nextAttachment: 800000001,
    nextAudit: 900000001,
    isStaff: (id) => users.get(id)?.role !== 'end-user',
    emailOf: (id) => DEMO_IDENTITIES.find((i) => i.user_id === id && i.type === 'email' && i.primary)?.value ?? null,
    nameOf: (id) => users.get(id)?.name ?? 'Unknown',
    orgOf: (id) => users.get(id)?.organization_id ?? null,
    planted: [],
    attachments: [],
    recordings: [],
  }
  const tickets: TicketRecord[] = []
  const comments: CommentRecord[] = []
  const ticketIds: Record<string, number> = {}
  ordered.forEach((spec, index) => {
    const id = index + 1
    if (spec.key in ticketIds) throw new Error(`Duplicate seed ticket key "${spec.key}".`)
    ticketIds[spec.key] = id
    const built = buildTicket(ctx, id, spec)
    tickets.push(built.ticket)
    comments.push(...built.comments)
  })

  const idsOf = (keys: string[]) => keys.map((k) => ticketIds[k] ?? 0).sort((a, b) => a - b)
  const subject = DEMO_SUBJECT_ID
  const requested = tickets.filter((t) => t.requester_id === subject).map((t) => t.id)
  // Same relations as the /users/:id/tickets/* endpoints: in Zendesk, followers are collaborators too, so a followed ticket is also "ccd".
  const ccd = tickets.filter((t) => relatesTo(t, subject, 'ccd')).map((t) => t.id)
  const followed = tickets.filter((t) => relatesTo(t, subject, 'followed')).map((t) => t.id)
  const commented = [...new Set(comments.filter((c) => c.author_id === subject).map((c) => c.ticket_id))].filter((id) => !requested.includes(id)).sort((a, b) => a - b)
  const withRole = new Set([...requested, ...ccd, ...followed, ...commented])
  const mentioned = [...new Set(ctx.planted.filter((o) => o.isSubjectIdentifier).map((o) => o.ticketId))].filter((id) => !withRole.has(id)).sort((a, b) => a - b)
  const unrelatedTicketIds = idsOf(UNRELATED_TICKETS.map((t) => t.key))

  const seed: AccountSeed = {
    subdomain: 'demo',
    ownerId: DEMO_OWNER_ID,
    defaultActingUserId: DEMO_ADMIN_ID,
    clockStart: DEMO_NOW,
    settings: { agentWorkspace: true, agentsCanDelete: true },
    users: DEMO_USERS,
    identities: DEMO_IDENTITIES,
    organizations: DEMO_ORGANIZATIONS,
    memberships: DEMO_MEMBERSHIPS,
    groups: DEMO_GROUPS,
    ticketFields: DEMO_TICKET_FIELDS,
    tickets,
    comments,
  }
  const planted: DemoPlanted = {
    subjectId: subject,
    occurrences: ctx.planted,
    profile: DEMO_PROFILE_PII,
    attachments: ctx.attachments,
    voiceRecordings: ctx.recordings,
    subjectTickets: { requested, ccd, followed, commented, mentioned },
    unrelatedTicketIds,
    nearMissTicketIds: idsOf(NEAR_MISS_TICKET_KEYS),
    deletedTicketIds: tickets.filter((t) => t.deleted_at !== null).map((t) => t.id),
  }
  return { seed, planted, ticketIds }
}

/** Freezes the answer key so a test cannot edit it for the next one by accident. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

const BUILT = buildDemoAccount()
deepFreeze(BUILT.planted)
deepFreeze(BUILT.ticketIds)

/** Seed ticket ids by their key in the seed files (e.g. `DEMO_TICKET_IDS['lea-voice-call']`). */
export const DEMO_TICKET_IDS: Readonly<Record<string, number>> = BUILT.ticketIds
/** The subject's erasure request ticket (open, tagged `privacy_request`). */
export const DEMO_REQUEST_TICKET_ID: number = BUILT.ticketIds[REQUEST_TICKET_KEY] ?? 0
export const DEMO_PLANTED: DemoPlanted = BUILT.planted

/** A fresh copy of the demo account; deterministic, so two calls are deep-equal. */
export function createDemoSeed(): AccountSeed {
  return structuredClone(BUILT.seed)
}

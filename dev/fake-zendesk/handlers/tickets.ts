import { forbidden, json, noContent, recordInvalid, recordNotFound, tooManyValues } from '../errors'
import { isLightAgent } from '../permissions'
import { tagsSchema, ticketUpdateSchema, type TicketUpdate } from '../schemas'
import { addComment } from '../state/comment-ops'
import { enqueueJob } from '../state/jobs'
import type { CommentRecord, TicketRecord } from '../state/records'
import { jobJson, ticketJson } from '../state/serialize'
import { softDeleteTicket } from '../state/ticket-ops'
import { allowed, idList, numParam, parseBody, route, type RouteContext, type RouteDef } from './route'
import { normaliseTags } from './users'

/** Tickets: show, show_many, update (comments, tags, status), soft delete, destroy_many, tags (reference §1.2, §1.6). */

function show(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readTickets')) return forbidden()
  const ticket = ctx.state.liveTicket(numParam(ctx))
  return ticket ? json({ ticket: ticketJson(ticket, ctx.state, ctx.origin, ctx.behaviour) }) : recordNotFound()
}

function showMany(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readTickets')) return forbidden()
  const ids = idList(ctx.query, 'ids')
  if (ids === null) return recordInvalid('ids', 'Ids: must be a comma-separated list of numbers', 'InvalidValue')
  if (ids.length > 100) return tooManyValues('ids')
  const tickets = ids.flatMap((id) => {
    const ticket = ctx.state.liveTicket(id)
    return ticket && (ctx.behaviour.archivedInShowMany || !ticket.archived) ? [ticket] : []
  })
  return json({ tickets: tickets.map((t) => ticketJson(t, ctx.state, ctx.origin, ctx.behaviour)), next_page: null, previous_page: null, count: tickets.length })
}

/** The [P] closed-ticket refusal recorded in many public client fixtures. */
export function closedTicketRefusal(): Response {
  return recordInvalid('status', 'Status: closed prevents ticket update', 'ClosedTicket')
}

function onlyAddsAComment(changes: TicketUpdate): boolean {
  return Object.keys(changes).every((key) => key === 'comment')
}

function update(ctx: RouteContext): Response {
  if (!allowed(ctx, 'updateTickets')) return forbidden()
  const ticket = ctx.state.liveTicket(numParam(ctx))
  if (!ticket) return recordNotFound()
  const parsed = parseBody(ctx, ticketUpdateSchema)
  if ('response' in parsed) return parsed.response
  const changes = parsed.data.ticket
  if (ticket.status === 'closed') return closedTicketRefusal()
  const light = isLightAgent(ctx.actor)
  // Light agents may only add internal notes.
  if (light && !onlyAddsAComment(changes)) return forbidden()
  let isPublic = changes.comment?.public ?? !light
  if (light && isPublic) {
    if (ctx.behaviour.lightAgentPublicComment === 'forbid') return forbidden()
    isPublic = false
  }
  if (changes.safe_update && changes.updated_stamp !== ticket.updated_at) {
    return json(
      { error: 'UpdateConflict', description: 'Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.' },
      409,
    )
  }
  if (changes.comment && (changes.comment.body ?? changes.comment.html_body ?? '').trim() === '') {
    return recordInvalid('base', 'Comment: cannot be blank', 'BlankValue', { field_key: 'comment' })
  }
  if (changes.subject !== undefined && changes.subject.trim() === '') {
    return recordInvalid('base', 'Subject: cannot be blank', 'BlankValue', { field_key: 'subject' })
  }
  if (changes.assignee_id != null) {
    const assignee = ctx.state.users.get(changes.assignee_id)
    if (!assignee || assignee.role === 'end-user' || !assignee.active) return recordInvalid('assignee_id', 'Assignee: is invalid', 'InvalidValue')
  }
  const events: Array<Record<string, unknown>> = []
  let comment: CommentRecord | undefined
  if (changes.comment) {
    comment = addComment(
      ctx.state,
      ticket,
      { authorId: ctx.actor.id, body: changes.comment.body, htmlBody: changes.comment.html_body, isPublic, channel: 'api' },
      ctx.nowIso,
    )
    events.push({ id: ctx.state.nextId('audit'), type: 'Comment', author_id: comment.author_id, body: comment.body, html_body: comment.html_body, plain_body: comment.plain_body, public: comment.public, attachments: [], audit_id: comment.audit_id })
  }
  applyFieldChanges(ctx, ticket, changes, events)
  ctx.state.ticketChanged(ticket, ctx.nowIso)
  const audit = {
    id: comment?.audit_id ?? ctx.state.nextId('audit'),
    ticket_id: ticket.id,
    created_at: ctx.nowIso,
    author_id: ctx.actor.id,
    metadata: { system: { client: 'Privacy Assistant (fake Zendesk)' }, custom: {} },
    via: { channel: 'api', source: { from: {}, to: {}, rel: null } },
    events,
  }
  return json({ ticket: ticketJson(ticket, ctx.state, ctx.origin, ctx.behaviour), audit })
}

function applyFieldChanges(ctx: RouteContext, ticket: TicketRecord, changes: TicketUpdate, events: Array<Record<string, unknown>>): void {
  const change = (field: string, previous: unknown, value: unknown) => {
    if (JSON.stringify(previous) !== JSON.stringify(value)) {
      events.push({ id: ctx.state.nextId('audit'), type: 'Change', field_name: field, value, previous_value: previous })
    }
  }
  if (changes.status !== undefined) {
    change('status', ticket.status, changes.status)
    ticket.status = changes.status
  }
  if (changes.subject !== undefined) {
    change('subject', ticket.subject, changes.subject)
    ticket.subject = changes.subject
  }
  if (changes.priority !== undefined) ticket.priority = changes.priority
  if (changes.type !== undefined) ticket.type = changes.type
  if (changes.assignee_id !== undefined) {
    change('assignee_id', ticket.assignee_id, changes.assignee_id)
    ticket.assignee_id = changes.assignee_id
  }
  let tags = ticket.tags
  if (changes.tags !== undefined) tags = normaliseTags(changes.tags)
  if (changes.additional_tags) tags = normaliseTags([...tags, ...changes.additional_tags])
  if (changes.remove_tags) {
    const removed = new Set(normaliseTags(changes.remove_tags))
    tags = tags.filter((t) => !removed.has(t))
  }
  if (tags !== ticket.tags) {
    change('tags', ticket.tags, tags)
    ticket.tags = tags
  }
  for (const field of changes.custom_fields ?? []) {
    const existing = ticket.custom_fields.find((f) => f.id === field.id)
    change(String(field.id), existing?.value ?? null, field.value)
    if (existing) existing.value = field.value
    else ticket.custom_fields.push({ ...field })
  }
}

function softDelete(ctx: RouteContext): Response {
  if (!allowed(ctx, 'deleteTickets')) return forbidden()
  const ticket = ctx.state.liveTicket(numParam(ctx))
  if (!ticket) return recordNotFound()
  softDeleteTicket(ctx.state, ticket, ctx.actor.id, ctx.nowIso)
  return noContent()
}

function destroyMany(ctx: RouteContext): Response {
  if (!allowed(ctx, 'deleteTickets')) return forbidden()
  const ids = idList(ctx.query, 'ids')
  if (ids === null) return recordInvalid('ids', 'Ids: must be a comma-separated list of numbers', 'InvalidValue')
  if (ids.length > 100) return tooManyValues('ids')
  if (ids.length === 0) return recordInvalid('ids', 'Ids: cannot be blank', 'BlankValue')
  const queued = enqueueJob(ctx.rt, ctx.actor.id, { kind: 'soft_delete_tickets', ids }, ids.length, ctx.nowMs)
  if ('response' in queued) return queued.response
  return json({ job_status: jobJson(queued.job, ctx.origin) }, 200, queued.headers)
}

/** Tags API: GET lists, POST replaces, PUT adds, DELETE removes. */
function tags(mode: 'get' | 'set' | 'add' | 'remove') {
  return (ctx: RouteContext): Response => {
    if (!allowed(ctx, 'readTickets')) return forbidden()
    const ticket = ctx.state.liveTicket(numParam(ctx))
    if (!ticket) return recordNotFound()
    if (mode === 'get') return json({ tags: [...ticket.tags] })
    if (isLightAgent(ctx.actor)) return forbidden()
    if (ticket.status === 'closed') return closedTicketRefusal()
    const parsed = parseBody(ctx, tagsSchema)
    if ('response' in parsed) return parsed.response
    const given = normaliseTags(parsed.data.tags)
    if (mode === 'set') ticket.tags = given
    else if (mode === 'add') ticket.tags = normaliseTags([...ticket.tags, ...given])
    else ticket.tags = ticket.tags.filter((t) => !given.includes(t))
    ctx.state.ticketChanged(ticket, ctx.nowIso)
    return json({ tags: [...ticket.tags] })
  }
}

function ticketFields(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readTickets')) return forbidden()
  const fields = [...ctx.state.ticketFields.values()].map((f) => ({ url: `${ctx.origin}/api/v2/ticket_fields/${f.id}.json`, ...f }))
  return json({ ticket_fields: fields, next_page: null, previous_page: null, count: fields.length })
}

function ticketField(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readTickets')) return forbidden()
  const field = ctx.state.ticketFields.get(numParam(ctx))
  return field ? json({ ticket_field: { url: `${ctx.origin}/api/v2/ticket_fields/${field.id}.json`, ...field } }) : recordNotFound()
}

/**
 * [U] Account settings, reduced to the two that gate redaction. The key names follow Zendesk's
 * Account Settings API but were not checked against the reference.
 */
function accountSettings(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readTickets')) return forbidden()
  return json({
    settings: {
      agents: { agent_workspace: ctx.state.settings.agentWorkspace },
      tickets: { agent_ticket_deletion: ctx.state.settings.agentsCanDelete },
    },
  })
}

export const ticketRoutes: RouteDef[] = [
  route.get('/api/v2/tickets/show_many', showMany),
  route.delete('/api/v2/tickets/destroy_many', destroyMany),
  route.get('/api/v2/tickets/:id', show),
  route.put('/api/v2/tickets/:id', update, (params, actingUserId) => [{ limit: 'updateTicket', key: `${actingUserId}:${params.id ?? ''}` }]),
  route.delete('/api/v2/tickets/:id', softDelete, () => [{ limit: 'deleteTicket', key: 'account' }]),
  route.get('/api/v2/tickets/:id/tags', tags('get')),
  route.post('/api/v2/tickets/:id/tags', tags('set')),
  route.put('/api/v2/tickets/:id/tags', tags('add')),
  route.delete('/api/v2/tickets/:id/tags', tags('remove')),
  route.get('/api/v2/ticket_fields', ticketFields),
  route.get('/api/v2/ticket_fields/:id', ticketField),
  route.get('/api/v2/account/settings', accountSettings),
]

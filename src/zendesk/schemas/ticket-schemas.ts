import { z } from 'zod'

/** The ticket fields the app reads; unknown keys pass through (Zendesk adds fields over time). */
export const ticketSchema = z.looseObject({
  id: z.number(),
  subject: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  status: z.string(),
  requester_id: z.number().nullable().optional(),
  submitter_id: z.number().nullable().optional(),
  assignee_id: z.number().nullable().optional(),
  organization_id: z.number().nullable().optional(),
  collaborator_ids: z.array(z.number()).optional(),
  follower_ids: z.array(z.number()).optional(),
  email_cc_ids: z.array(z.number()).optional(),
  tags: z.array(z.string()).default([]),
  custom_fields: z.array(z.looseObject({ id: z.number(), value: z.unknown() })).optional(),
  created_at: z.string().nullable().optional(),
  updated_at: z.string().nullable().optional(),
})
export type ZendeskTicket = z.infer<typeof ticketSchema>

export const ticketResponseSchema = z.looseObject({ ticket: ticketSchema })

export const ticketsResponseSchema = z.looseObject({ tickets: z.array(ticketSchema) })

/** Offset-paged ticket lists (`/users/{id}/tickets/requested` …): `count` and `next_page`. */
export const ticketsOffsetPageSchema = z.looseObject({
  tickets: z.array(ticketSchema),
  next_page: z.string().nullable().optional(),
  count: z.number().optional(),
})

export const ticketFieldSchema = z.looseObject({
  id: z.number(),
  type: z.string(),
  title: z.string(),
  active: z.boolean().optional(),
})
export type ZendeskTicketField = z.infer<typeof ticketFieldSchema>

export const ticketFieldsResponseSchema = z.looseObject({
  ticket_fields: z.array(ticketFieldSchema),
  next_page: z.string().nullable().optional(),
})

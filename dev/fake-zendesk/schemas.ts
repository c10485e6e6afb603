import { z } from 'zod'
import { IDENTITY_TYPES, TICKET_STATUSES, USER_ROLES } from './state/records'

/**
 * Write payloads the fake accepts. Unknown keys are ignored (Zendesk ignores read-only and unknown
 * attributes); a known key with the wrong type is a 400 "Invalid attribute" (route.ts `parseBody`).
 */

const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.null()])

export const userUpdateSchema = z.object({
  user: z.looseObject({
    name: z.string().optional(),
    email: z.string().optional(),
    phone: z.string().nullable().optional(),
    details: z.string().nullable().optional(),
    notes: z.string().nullable().optional(),
    alias: z.string().nullable().optional(),
    signature: z.string().nullable().optional(),
    external_id: z.string().nullable().optional(),
    user_fields: z.record(z.string(), fieldValue).optional(),
    suspended: z.boolean().optional(),
    verified: z.boolean().optional(),
    tags: z.array(z.string()).optional(),
    organization_id: z.number().int().nullable().optional(),
    locale: z.string().optional(),
    time_zone: z.string().optional(),
    role: z.enum(USER_ROLES).optional(),
  }),
})
export type UserUpdate = z.infer<typeof userUpdateSchema>['user']

export const identityCreateSchema = z.object({
  identity: z.looseObject({
    type: z.enum(IDENTITY_TYPES),
    value: z.string(),
    verified: z.boolean().optional(),
    primary: z.boolean().optional(),
  }),
})

export const identityUpdateSchema = z.object({
  identity: z.looseObject({
    value: z.string().optional(),
    verified: z.boolean().optional(),
  }),
})

export const ticketUpdateSchema = z.object({
  ticket: z.looseObject({
    comment: z
      .looseObject({
        body: z.string().optional(),
        html_body: z.string().optional(),
        public: z.boolean().optional(),
        author_id: z.number().int().optional(),
      })
      .optional(),
    status: z.enum(TICKET_STATUSES).optional(),
    subject: z.string().optional(),
    priority: z.enum(['low', 'normal', 'high', 'urgent']).nullable().optional(),
    type: z.enum(['question', 'incident', 'problem', 'task']).nullable().optional(),
    tags: z.array(z.string()).optional(),
    additional_tags: z.array(z.string()).optional(),
    remove_tags: z.array(z.string()).optional(),
    assignee_id: z.number().int().nullable().optional(),
    custom_fields: z.array(z.object({ id: z.number().int(), value: fieldValue })).optional(),
    safe_update: z.boolean().optional(),
    updated_stamp: z.string().optional(),
  }),
})
export type TicketUpdate = z.infer<typeof ticketUpdateSchema>['ticket']

export const tagsSchema = z.object({ tags: z.array(z.string()) })

export const legacyRedactSchema = z.object({ text: z.string().min(1, 'text is required') })

export const commentRedactionSchema = z.looseObject({
  ticket_id: z.number().int({ message: 'ticket_id is required' }),
  html_body: z.string().optional(),
  external_attachment_urls: z.array(z.string()).optional(),
})

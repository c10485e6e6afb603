import { z } from 'zod'

/** Only the fields the app reads are checked; Zendesk adds fields over time, so unknown keys pass through. */
export const userSchema = z.looseObject({
  id: z.number(),
  name: z.string().nullable(),
  email: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  role: z.string(),
  role_type: z.number().nullable().optional(),
  custom_role_id: z.number().nullable().optional(),
  active: z.boolean().optional(),
  suspended: z.boolean().optional(),
  shared: z.boolean().optional(),
  shared_agent: z.boolean().optional(),
  verified: z.boolean().optional(),
  locale: z.string().nullable().optional(),
  time_zone: z.string().nullable().optional(),
  external_id: z.string().nullable().optional(),
  alias: z.string().nullable().optional(),
  details: z.string().nullable().optional(),
  notes: z.string().nullable().optional(),
  organization_id: z.number().nullable().optional(),
  tags: z.array(z.string()).optional(),
  user_fields: z.record(z.string(), z.unknown()).nullable().optional(),
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
  last_login_at: z.string().nullable().optional(),
})
export type ZendeskUser = z.infer<typeof userSchema>

export const userResponseSchema = z.looseObject({ user: userSchema })

export const identitySchema = z.looseObject({
  id: z.number(),
  user_id: z.number(),
  type: z.string(),
  value: z.string(),
  primary: z.boolean().optional(),
  verified: z.boolean().optional(),
})
export type ZendeskIdentity = z.infer<typeof identitySchema>

export const identitiesPageSchema = z.looseObject({
  identities: z.array(identitySchema),
  next_page: z.string().nullable().optional(),
  meta: z.looseObject({ has_more: z.boolean(), after_cursor: z.string().nullable().optional() }).optional(),
})

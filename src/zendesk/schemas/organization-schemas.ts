import { z } from 'zod'

export const membershipSchema = z.looseObject({
  id: z.number(),
  user_id: z.number(),
  organization_id: z.number(),
  default: z.boolean().nullable().optional(),
  created_at: z.string().optional(),
})
export type ZendeskMembership = z.infer<typeof membershipSchema>

export const membershipsPageSchema = z.looseObject({
  organization_memberships: z.array(membershipSchema),
  next_page: z.string().nullable().optional(),
})

export const organizationSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  details: z.string().nullable().optional(),
  notes: z.string().nullable().optional(),
  domain_names: z.array(z.string()).optional(),
  tags: z.array(z.string()).optional(),
  organization_fields: z.record(z.string(), z.unknown()).nullable().optional(),
})
export type ZendeskOrganization = z.infer<typeof organizationSchema>

export const organizationsPageSchema = z.looseObject({
  organizations: z.array(organizationSchema),
  next_page: z.string().nullable().optional(),
})

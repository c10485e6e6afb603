import { z } from 'zod'
import { PII_TYPES } from '../pii/types'

/**
 * The portability export, version 1. Documented for people in docs/export-schema.md; this zod schema is
 * the machine-checkable form of the same contract (the tests validate every export against it). Change
 * it only additively within v1; anything else is a v2 with a new `schema` id.
 */
export const EXPORT_SCHEMA_ID = 'privacy-assistant.export/v1' as const

/** What replaces a third party's data when masking is on: language-neutral so any reader can spot it. */
export const MASK_TOKENS = { EMAIL: '[EMAIL]', PHONE: '[PHONE]', PERSON_NAME: '[NAME]', OTHER: '[MASKED]' } as const

const isoInstant = z.string()
const nullableString = z.string().nullable()

export const exportUserSchema = z.object({
  id: z.number(),
  name: nullableString,
  email: nullableString,
  phone: nullableString,
  alias: nullableString,
  role: z.string(),
  locale: nullableString,
  timeZone: nullableString,
  details: nullableString,
  notes: nullableString,
  externalId: nullableString,
  organizationId: z.number().nullable(),
  tags: z.array(z.string()),
  userFields: z.record(z.string(), z.unknown()),
  suspended: z.boolean(),
  verified: z.boolean().nullable(),
  createdAt: isoInstant.nullable(),
  updatedAt: isoInstant.nullable(),
  lastLoginAt: isoInstant.nullable(),
})

export const exportIdentitySchema = z.object({
  id: z.number(),
  type: z.string(),
  value: z.string(),
  primary: z.boolean(),
  verified: z.boolean().nullable(),
})

export const exportMembershipSchema = z.object({
  id: z.number(),
  organizationId: z.number(),
  organizationName: nullableString,
  isDefault: z.boolean(),
  createdAt: isoInstant.nullable(),
})

export const exportAttachmentSchema = z.object({
  id: z.number(),
  ticketId: z.number(),
  commentId: z.number(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  /** The attachment's `content_url` in Zendesk: opening it needs a signed-in agent or the file's token. */
  url: z.string(),
  inline: z.boolean(),
})

export const COMMENT_AUTHORS = ['subject', 'third_party'] as const

export const exportCommentSchema = z.object({
  id: z.number(),
  type: z.enum(['Comment', 'VoiceComment']),
  authorId: z.number(),
  /** Whether the subject wrote it; third parties' comments are theirs too, so masking applies inside them. */
  author: z.enum(COMMENT_AUTHORS),
  /** The author's name; a third party's becomes `[NAME]` when masking is on. */
  authorName: nullableString,
  public: z.boolean(),
  createdAt: isoInstant,
  /** Zendesk's `plain_body`. */
  plainText: z.string(),
  /** Zendesk's `html_body`, as stored: data, not to be rendered without sanitising. */
  html: z.string(),
  attachmentIds: z.array(z.number()),
  recordingUrl: nullableString,
})

export const exportTicketSchema = z.object({
  id: z.number(),
  subject: z.string(),
  status: z.string(),
  /** How the subject is involved: requester, cc, follower, assignee, commenter, mentioned… */
  roles: z.array(z.string()),
  requesterId: z.number().nullable(),
  createdAt: isoInstant.nullable(),
  updatedAt: isoInstant.nullable(),
  tags: z.array(z.string()),
  comments: z.array(exportCommentSchema),
  /** False when some comment pages could not be read; see `incomplete`. */
  complete: z.boolean(),
})

/** Filled by the Sell connector when it is set up; `not_connected` otherwise. */
export const exportSellSchema = z.object({
  status: z.enum(['not_connected', 'included', 'failed']),
  records: z.array(z.looseObject({ kind: z.string(), id: z.union([z.number(), z.string()]) })),
  /** The section's own version (src/core/sell/sell-export.ts: `privacy-assistant.export.sell/v1`), when connected. */
  version: z.string().optional(),
  /** A normalised error kind when `failed`. */
  reason: z.string().optional(),
  /** Data Sell's API cannot give (`integration_data`: email, calendar, third-party apps), to request at its source. */
  notIncluded: z.array(z.string()).optional(),
})

export const exportIncompleteSchema = z.object({
  what: z.enum(['ticket', 'comments', 'profile', 'identities', 'organizations', 'sell']),
  ticketId: z.number().optional(),
  /** A normalised error kind (`forbidden`, `not_found`, `rate_limited`…). */
  reason: z.string(),
})

export const privacyExportSchema = z.object({
  schema: z.literal(EXPORT_SCHEMA_ID),
  generatedAt: isoInstant,
  generator: z.object({ name: z.string(), version: z.string() }),
  account: z.object({ subdomain: nullableString }),
  requestTicketId: z.number().nullable(),
  masking: z.object({
    thirdParties: z.boolean(),
    types: z.array(z.enum(PII_TYPES)),
    maskedCount: z.number(),
  }),
  user: exportUserSchema,
  identities: z.array(exportIdentitySchema),
  organizationMemberships: z.array(exportMembershipSchema),
  tickets: z.array(exportTicketSchema),
  attachments: z.array(exportAttachmentSchema),
  sell: exportSellSchema,
  counts: z.object({ tickets: z.number(), comments: z.number(), attachments: z.number() }),
  incomplete: z.array(exportIncompleteSchema),
})

export type PrivacyExport = z.infer<typeof privacyExportSchema>
export type ExportUser = z.infer<typeof exportUserSchema>
export type ExportIdentity = z.infer<typeof exportIdentitySchema>
export type ExportMembership = z.infer<typeof exportMembershipSchema>
export type ExportTicket = z.infer<typeof exportTicketSchema>
export type ExportComment = z.infer<typeof exportCommentSchema>
export type ExportAttachment = z.infer<typeof exportAttachmentSchema>
export type ExportSell = z.infer<typeof exportSellSchema>
export type ExportIncomplete = z.infer<typeof exportIncompleteSchema>

import { z } from 'zod'
import { attachmentSchema, commentSchema } from './comment-schemas'

/** Job statuses (reference §1.7, §5.7): `results` is an array for bulk jobs, an object for a single permanent deletion. */
export const jobStatusSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  job_type: z.string().nullable().optional(),
  total: z.number().nullable().optional(),
  progress: z.number().nullable().optional(),
  message: z.string().nullable().optional(),
  results: z.unknown().optional(),
})
export type ZendeskJobStatus = z.infer<typeof jobStatusSchema>
export const jobStatusResponseSchema = z.looseObject({ job_status: jobStatusSchema })

export const deletedTicketSchema = z.looseObject({
  id: z.number(),
  deleted_at: z.string().nullable().optional(),
  previous_state: z.string().nullable().optional(),
})
export type ZendeskDeletedTicket = z.infer<typeof deletedTicketSchema>
export const deletedTicketsCursorPageSchema = z.looseObject({
  deleted_tickets: z.array(deletedTicketSchema),
  meta: z.looseObject({ has_more: z.boolean(), after_cursor: z.string().nullable().optional() }).optional(),
})

export const redactedCommentResponseSchema = z.looseObject({ comment: commentSchema })
export const redactedAttachmentResponseSchema = z.looseObject({ attachment: attachmentSchema })

/** Deleted users (reference §1.8): once permanently deleted, email and phone are null. */
export const deletedUserSchema = z.looseObject({
  id: z.number(),
  active: z.boolean().optional(),
  email: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
})
export const deletedUserResponseSchema = z.looseObject({ deleted_user: deletedUserSchema })

export const complianceStatusSchema = z.looseObject({ action: z.string(), application: z.string() })
export const complianceStatusesResponseSchema = z.looseObject({ compliance_deletion_statuses: z.array(complianceStatusSchema) })

/** `/api/v2/account/settings`, reduced to what gates redaction and deletion; names follow the Account Settings API. */
export const accountSettingsResponseSchema = z.looseObject({
  settings: z.looseObject({
    agents: z.looseObject({ agent_workspace: z.boolean().optional() }).optional(),
    tickets: z.looseObject({ agent_ticket_deletion: z.boolean().optional() }).optional(),
  }),
})

export const customRoleResponseSchema = z.looseObject({
  custom_role: z.looseObject({
    id: z.number(),
    configuration: z
      .looseObject({
        ticket_deletion: z.boolean().optional(),
        ticket_redaction: z.boolean().optional(),
        end_user_profile_access: z.string().optional(),
      })
      .optional(),
  }),
})

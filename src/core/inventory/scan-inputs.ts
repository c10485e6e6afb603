/**
 * The plain shapes the inventory core reads. They mirror the Zendesk JSON fields the scan needs (snake_case
 * kept so the adapter maps with no renaming), but live in core so the pure functions never depend on the
 * adapter's zod schemas.
 */

export interface SubjectProfileInput {
  id: number
  name: string | null
  email?: string | null
  phone?: string | null
  alias?: string | null
  external_id?: string | null
  details?: string | null
  notes?: string | null
  user_fields?: Record<string, unknown> | null
}

export interface SubjectIdentityInput {
  id: number
  type: string
  value: string
}

export interface TicketInput {
  id: number
  subject?: string | null
  status: string
  requester_id?: number | null
  submitter_id?: number | null
  assignee_id?: number | null
  collaborator_ids?: number[]
  follower_ids?: number[]
  email_cc_ids?: number[]
  created_at?: string
  updated_at?: string
  tags?: string[]
  custom_fields?: Array<{ id: number; value: unknown }>
  /** Zendesk exposes no archived flag; a debugging build of the fake may add one. */
  archived?: boolean
}

export interface AttachmentInput {
  id: number
  file_name: string
  content_type?: string | null
  size?: number | null
  content_url?: string | null
  inline?: boolean
  deleted?: boolean
}

export interface CommentInput {
  id: number
  type?: string
  author_id: number
  body?: string | null
  plain_body?: string | null
  public?: boolean
  created_at?: string
  attachments?: AttachmentInput[]
  /** Voice comments: `call_id`, `recording_url`, `transcription_text`. */
  data?: Record<string, unknown> | null
}

export interface OrganizationInput {
  id: number
  name?: string | null
  details?: string | null
  notes?: string | null
  organization_fields?: Record<string, unknown> | null
}

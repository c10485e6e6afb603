/**
 * What the export is assembled from: Zendesk's records as the adapter read them (snake_case, as the API
 * sends them), so the adapter only has to pass them along. Only the fields the export uses are listed.
 */
export interface SourceUser {
  id: number
  name: string | null
  email?: string | null
  phone?: string | null
  alias?: string | null
  role: string
  locale?: string | null
  time_zone?: string | null
  details?: string | null
  notes?: string | null
  external_id?: string | null
  organization_id?: number | null
  tags?: string[]
  user_fields?: Record<string, unknown> | null
  suspended?: boolean
  verified?: boolean
  created_at?: string
  updated_at?: string
  last_login_at?: string | null
}

export interface SourceIdentity {
  id: number
  type: string
  value: string
  primary?: boolean
  verified?: boolean
}

export interface SourceMembership {
  id: number
  organization_id: number
  default?: boolean | null
  created_at?: string
}

export interface SourceAttachment {
  id: number
  file_name: string
  content_type: string
  size: number
  content_url: string
  inline?: boolean
}

export interface SourceComment {
  id: number
  type?: string
  author_id: number
  public: boolean
  created_at: string
  body?: string
  plain_body?: string
  html_body?: string
  attachments?: SourceAttachment[]
  /** Voice comments: `data.recording_url`. */
  data?: { recording_url?: string | null } | null
}

export interface SourceTicket {
  id: number
  subject?: string | null
  status: string
  requester_id?: number | null
  created_at?: string | null
  updated_at?: string | null
  tags?: string[]
}

/** One ticket with everything read for it; `failure` says why comments are missing or partial. */
export interface ExportTicketInput {
  ticket: SourceTicket
  roles: readonly string[]
  comments: readonly SourceComment[]
  complete: boolean
  failure?: string
}

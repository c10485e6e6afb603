import type { AccountState } from './account-state'
import type { AttachmentRecord, TicketRecord } from './records'

export const REDACTED_TAG = 'redacted_content'

/** Zendesk replaces a redacted attachment with an empty `redacted.txt` (reference §1.4 C). */
export function redactAttachment(attachment: AttachmentRecord, baseUrl: string): void {
  const token = `redacted${attachment.id}`
  const url = `${baseUrl}/attachments/token/${token}/?name=redacted.txt`
  attachment.file_name = 'redacted.txt'
  attachment.content_type = 'text/plain'
  attachment.size = 0
  attachment.width = null
  attachment.height = null
  attachment.thumbnails = []
  attachment.content_url = url
  attachment.mapped_content_url = url
}

/** Each redaction adds the `redacted_content` tag and counts as a ticket update (reference §1.4). */
export function markRedacted(state: AccountState, ticket: TicketRecord, at: string): void {
  if (!ticket.tags.includes(REDACTED_TAG)) ticket.tags = [...ticket.tags, REDACTED_TAG]
  state.ticketChanged(ticket, at)
}

/** Whether `url` designates the attachment (content or mapped URL, with or without query string). */
export function attachmentMatchesUrl(attachment: AttachmentRecord, url: string): boolean {
  const bare = (u: string) => u.split('?')[0]
  return [attachment.content_url, attachment.mapped_content_url].some((u) => u === url || bare(u) === bare(url))
}

import { isoSeconds } from '../clock'
import { escapeHtml, htmlToText, textToHtml } from '../html'
import type { AttachmentRecord, CommentRecord, TicketRecord, TicketStatus, ViaRecord } from '../state/records'
import { extractMarkers, type Marker, type PlantedOccurrence } from './plant'

/** Compact, human-writable ticket descriptions that the builder turns into records plus an answer key. */

export type SeedLocale = 'en' | 'fr' | 'pt' | 'es'

export interface AttachmentSpec {
  name: string
  type: string
  size: number
  inline?: boolean
  width?: number
  height?: number
}

export interface VoiceSpec {
  callId: string
  from: string
  to: string
  durationS: number
  answeredBy: number
}

export interface CommentSpec {
  by: number
  /** Plain text; may contain `[[type:value]]` markers. */
  text?: string
  /** Inner HTML (markers allowed in text, not in attributes); `{{inline:N}}` is attachment N's URL. */
  html?: string
  internal?: boolean
  /** Hours after the previous comment; 5 by default. */
  afterHours?: number
  attachments?: AttachmentSpec[]
  voice?: VoiceSpec
}

export interface TicketSpec {
  key: string
  daysAgo: number
  status: TicketStatus | 'archived'
  locale: SeedLocale
  subject: string
  requester: number
  submitter?: number
  assignee?: number | null
  group?: number
  organization?: number | null
  channel?: 'email' | 'web' | 'api' | 'voice' | 'mobile'
  tags?: string[]
  ccs?: number[]
  followers?: number[]
  /** Custom field values; markers allowed. */
  fields?: Array<{ id: number; value: string }>
  priority?: TicketRecord['priority']
  type?: TicketRecord['type']
  comments: CommentSpec[]
  /** Soft-deleted in the seed (shows in deleted_tickets). */
  deletedBy?: number
}

export interface PlantedAttachment {
  ticketId: number
  commentId: number
  attachmentId: number
  fileName: string
  contentType: string
  inline: boolean
  /** The file name suggests an identity document (passport, ID card, licence). */
  suggestsIdentityDocument: boolean
}

export interface PlantedRecording {
  ticketId: number
  commentId: number
  callId: string
  recordingUrl: string
}

/** Shared counters and outputs while building one seed. */
export interface BuildContext {
  baseUrl: string
  now: number
  nextComment: number
  nextAttachment: number
  nextAudit: number
  isStaff: (userId: number) => boolean
  emailOf: (userId: number) => string | null
  nameOf: (userId: number) => string
  orgOf: (userId: number) => number | null
  planted: PlantedOccurrence[]
  attachments: PlantedAttachment[]
  recordings: PlantedRecording[]
}

const DAY = 24 * 60 * 60 * 1000
const HOUR = 60 * 60 * 1000
const ARCHIVE_AFTER_DAYS = 120
const IDENTITY_DOCUMENT_RE = /passport|passeport|identit|id_card|carte_id|licen[cs]e|permis|rg_|cnh|dni/i

function plant(ctx: BuildContext, ticketId: number, where: PlantedOccurrence['commentId'], markers: Marker[], fieldId?: number): void {
  for (const m of markers) {
    ctx.planted.push({ ticketId, commentId: where, ...(fieldId === undefined ? {} : { fieldId }), type: m.type, value: m.value, isSubjectIdentifier: m.isSubjectIdentifier })
  }
}

function attachment(ctx: BuildContext, spec: AttachmentSpec): AttachmentRecord {
  const id = ctx.nextAttachment++
  const token = `tok${id.toString(36)}${(id * 7919).toString(36)}`
  const url = `${ctx.baseUrl}/attachments/token/${token}/?name=${encodeURIComponent(spec.name)}`
  const isImage = spec.type.startsWith('image/')
  const thumbnails = isImage
    ? [(() => {
        const thumbId = ctx.nextAttachment++
        const thumbName = spec.name.replace(/(\.[^.]+)$/, '_thumb$1')
        const thumbUrl = `${ctx.baseUrl}/attachments/token/${token}t/?name=${encodeURIComponent(thumbName)}`
        return { id: thumbId, file_name: thumbName, content_url: thumbUrl, mapped_content_url: thumbUrl, content_type: spec.type, size: Math.round(spec.size / 20), width: 80, height: 60 }
      })()]
    : []
  return {
    id,
    file_name: spec.name,
    content_url: url,
    mapped_content_url: url,
    content_type: spec.type,
    size: spec.size,
    width: spec.width ?? (isImage ? 1280 : null),
    height: spec.height ?? (isImage ? 960 : null),
    inline: spec.inline ?? false,
    deleted: false,
    malware_scan_result: 'malware_not_found',
    malware_access_override: false,
    thumbnails,
  }
}

function systemMetadata(ctx: BuildContext, userId: number, n: number): Record<string, unknown> {
  // Documentation-range IP addresses (RFC 5737): realistic metadata PII that is still fake.
  if (ctx.isStaff(userId)) return { client: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) Chrome/124.0', ip_address: `198.51.100.${(userId % 200) + 10}`, location: 'Lisbon, 11, Portugal', latitude: 38.7223, longitude: -9.1393 }
  return { client: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/125.0', ip_address: `203.0.113.${(userId + n) % 250}`, location: 'Paris, 75, France', latitude: 48.8566, longitude: 2.3522 }
}

function voiceBody(ctx: BuildContext, voice: VoiceSpec, text: string): { body: string; data: CommentRecord['data'] } {
  const recordingUrl = `${ctx.baseUrl}/api/v2/channels/voice/calls/${voice.callId}/twilio/call/recording`
  return {
    body: `${text}\n\nListen to the recording: ${recordingUrl}`,
    data: {
      call_id: voice.callId,
      recording_url: recordingUrl,
      from: voice.from,
      to: voice.to,
      answered_by_id: voice.answeredBy,
      answered_by_name: ctx.nameOf(voice.answeredBy),
      call_duration: voice.durationS,
      recording_duration: voice.durationS - 4,
      started_at: '',
      location: 'Paris, France',
      transcription_text: null,
      transcription_status: null,
      via_id: 34,
    },
  }
}

/** Builds one ticket and its comments, recording every planted value, attachment and recording. */
export function buildTicket(ctx: BuildContext, id: number, spec: TicketSpec): { ticket: TicketRecord; comments: CommentRecord[] } {
  // Spread creation times over the day so equal `daysAgo` never means equal timestamps.
  const createdMs = ctx.now - spec.daysAgo * DAY + ((id * 37) % 480) * 60 * 1000
  const subject = extractMarkers(spec.subject)
  plant(ctx, id, 'subject', subject.markers)
  const fields = (spec.fields ?? []).map((f) => {
    const value = extractMarkers(f.value)
    plant(ctx, id, 'custom_field', value.markers, f.id)
    return { id: f.id, value: value.text }
  })
  const channel = spec.channel ?? 'email'
  const requesterEmail = ctx.emailOf(spec.requester)
  const via: ViaRecord = channel === 'email'
    ? { channel, source: { from: { address: requesterEmail, name: ctx.nameOf(spec.requester) }, to: { address: 'support@demo.zendesk.com', name: 'Demo Support' }, rel: null } }
    : { channel, source: { from: {}, to: {}, rel: null } }

  let at = createdMs
  const comments = spec.comments.map((c, index): CommentRecord => {
    if (index > 0) at += (c.afterHours ?? 5) * HOUR
    const commentId = ctx.nextComment++
    const files = (c.attachments ?? []).map((a) => attachment(ctx, a))
    let body: string
    let html: string
    if (c.html !== undefined) {
      const extracted = extractMarkers(c.html)
      plant(ctx, id, commentId, extracted.markers)
      const withImages = extracted.text.replace(/\{\{inline:(\d+)\}\}/g, (_w, n: string) => escapeHtml(files[Number(n)]?.content_url ?? ''))
      html = `<div class="zd-comment" dir="auto">${withImages}</div>`
      body = htmlToText(html)
    } else {
      const extracted = extractMarkers(c.text ?? '')
      plant(ctx, id, commentId, extracted.markers)
      body = extracted.text
      html = textToHtml(body)
    }
    let voice: Pick<CommentRecord, 'data' | 'formatted_from' | 'formatted_to' | 'transcription_visible'> = {}
    if (c.voice) {
      const made = voiceBody(ctx, c.voice, body)
      body = made.body
      html = textToHtml(body)
      voice = { data: made.data && { ...made.data, started_at: isoSeconds(at) }, formatted_from: c.voice.from, formatted_to: c.voice.to, transcription_visible: false }
      ctx.recordings.push({ ticketId: id, commentId, callId: c.voice.callId, recordingUrl: made.data?.recording_url ?? '' })
    }
    for (const f of files) {
      ctx.attachments.push({ ticketId: id, commentId, attachmentId: f.id, fileName: f.file_name, contentType: f.content_type, inline: f.inline, suggestsIdentityDocument: IDENTITY_DOCUMENT_RE.test(f.file_name) })
    }
    const author = c.by
    const commentChannel = c.voice ? 'voice' : index === 0 ? channel : ctx.isStaff(author) ? 'web' : channel
    return {
      id: commentId,
      ticket_id: id,
      type: c.voice ? 'VoiceComment' : 'Comment',
      author_id: author,
      body,
      html_body: html,
      plain_body: body,
      public: !(c.internal ?? false) && !c.voice,
      audit_id: ctx.nextAudit++,
      attachments: files,
      via: commentChannel === 'email' && !ctx.isStaff(author)
        ? { channel: 'email', source: { from: { address: ctx.emailOf(author), name: ctx.nameOf(author) }, to: { address: 'support@demo.zendesk.com', name: 'Demo Support' }, rel: null } }
        : { channel: commentChannel, source: { from: {}, to: {}, rel: null } },
      metadata: { system: systemMetadata(ctx, author, index), custom: {} },
      created_at: isoSeconds(at),
      ...voice,
    }
  })

  const status: TicketStatus = spec.status === 'archived' ? 'closed' : spec.status
  // Solved tickets close four days later (the default automation); archiving follows 120 days after closing.
  const updatedMs = status === 'closed' ? at + 4 * DAY : at + HOUR
  const closedForDays = (ctx.now - updatedMs) / DAY
  if (spec.status === 'archived' && closedForDays < ARCHIVE_AFTER_DAYS) throw new Error(`Seed ticket "${spec.key}" is archived but closed only ${closedForDays.toFixed(0)} days ago; make it older.`)
  if (spec.status === 'closed' && closedForDays >= ARCHIVE_AFTER_DAYS) throw new Error(`Seed ticket "${spec.key}" is closed but old enough to be archived; make it younger or archived.`)
  if (updatedMs > ctx.now) throw new Error(`Seed ticket "${spec.key}" ends in the future; lower afterHours or raise daysAgo.`)

  const ccs = spec.ccs ?? []
  const ticket: TicketRecord = {
    id,
    external_id: null,
    via,
    created_at: isoSeconds(createdMs),
    updated_at: isoSeconds(updatedMs),
    type: spec.type ?? 'question',
    subject: subject.text,
    priority: spec.priority ?? 'normal',
    status,
    recipient: channel === 'email' ? 'support@demo.zendesk.com' : null,
    requester_id: spec.requester,
    submitter_id: spec.submitter ?? spec.requester,
    assignee_id: spec.assignee === undefined ? null : spec.assignee,
    organization_id: spec.organization === undefined ? ctx.orgOf(spec.requester) : spec.organization,
    group_id: spec.group ?? null,
    collaborator_ids: [...new Set([...ccs, ...(spec.followers ?? [])])],
    follower_ids: [...(spec.followers ?? [])],
    email_cc_ids: [...ccs],
    tags: [...(spec.tags ?? []), spec.locale],
    custom_fields: fields,
    brand_id: 360000001,
    is_public: comments.some((c) => c.public),
    archived: spec.status === 'archived',
    deleted_at: spec.deletedBy === undefined ? null : isoSeconds(updatedMs + HOUR),
    deleted_by: spec.deletedBy ?? null,
    previous_state: spec.deletedBy === undefined ? null : status,
  }
  return { ticket, comments }
}

import type { ExportAttachment, ExportComment, ExportTicket, PrivacyExport } from './export-schema'
import { escapeHtml, safeHttpUrl } from './html-escape'
import { renderSellReport } from '../sell/sell-report-html'

export type ReportTranslate = (key: string, vars?: Record<string, string | number>) => string

export interface ReportOptions {
  /** Translates `export.report.*` keys in the agent's language (injected: core has no i18n). */
  t: ReportTranslate
  /** BCP 47 language of the report, for `<html lang>`. */
  lang: string
  /** Formats an ISO timestamp for people (injected so the locale and time zone come from the app). */
  formatDateTime: (iso: string) => string
  chunkSize?: number
  yieldControl?: () => Promise<void>
}

const KNOWN_STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed', 'archived', 'deleted']
const KNOWN_ROLES = ['requester', 'submitter', 'cc', 'follower', 'assignee', 'commenter', 'mentioned']

// Printable, readable in light or dark viewers, no external resources. The CSP forbids every script,
// so even a hostile string that escaped escaping could not run.
const STYLE = `
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff;margin:0 auto;max-width:960px;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;border-bottom:1px solid #d0d7de;padding-bottom:4px;margin-top:32px}h3{font-size:15px;margin:0 0 4px}
.meta{color:#57606a;font-size:12px;margin:0}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;border-bottom:1px solid #eaeef2;padding:4px 8px;overflow-wrap:anywhere}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere;white-space:pre-wrap}
.ticket{border:1px solid #d0d7de;border-radius:6px;padding:12px;margin:12px 0;break-inside:avoid-page}
.comments{list-style:none;padding:0;margin:8px 0 0}.comment{border-top:1px solid #eaeef2;padding:8px 0}
.comment.internal{background:#fff8c5}.body{white-space:pre-wrap;overflow-wrap:anywhere;margin:4px 0 0}
.notice{border-left:4px solid #0969da;background:#ddf4ff;padding:8px 12px}
@media print{body{max-width:none;padding:0}a{color:inherit}.ticket{border-color:#999}}
`

function text(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : escapeHtml(String(value))
}

function link(url: string, label: string): string {
  const safe = safeHttpUrl(url)
  return safe ? `<a href="${escapeHtml(safe)}" rel="noopener noreferrer" target="_blank">${text(label)}</a>` : `${text(label)} <span class="meta">${text(url)}</span>`
}

function definitionList(rows: [string, string | number | null | undefined][]): string {
  const items = rows.filter(([, value]) => value !== null && value !== undefined && value !== '')
  return `<dl>${items.map(([term, value]) => `<dt>${text(term)}</dt><dd>${text(value)}</dd>`).join('')}</dl>`
}

function table(headers: string[], rows: string[][]): string {
  const head = headers.map((h) => `<th scope="col">${text(h)}</th>`).join('')
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`
}

export function renderComment(comment: ExportComment, attachments: ReadonlyMap<number, ExportAttachment>, options: ReportOptions): string {
  const { t } = options
  const author = comment.author === 'subject' ? t('export.report.authorSubject') : t('export.report.authorOther')
  const who = comment.authorName ? `${comment.authorName} (${author})` : author
  const visibility = comment.public ? t('export.report.public') : t('export.report.internal')
  const files = comment.attachmentIds.flatMap((id) => {
    const attachment = attachments.get(id)
    return attachment ? [`<li>${link(attachment.url, attachment.fileName)} <span class="meta">${text(attachment.contentType)}</span></li>`] : []
  })
  const recording = comment.recordingUrl ? `<p>${link(comment.recordingUrl, t('export.report.recording'))}</p>` : ''
  // Comments are shown as escaped plain text, never as their HTML: ticket HTML is untrusted.
  return `<li class="comment${comment.public ? '' : ' internal'}"><p class="meta">${text(who)} · ${text(options.formatDateTime(comment.createdAt))} · ${text(visibility)}</p><div class="body">${text(comment.plainText)}</div>${recording}${files.length > 0 ? `<ul>${files.join('')}</ul>` : ''}</li>`
}

export function renderTicket(ticket: ExportTicket, attachments: ReadonlyMap<number, ExportAttachment>, options: ReportOptions): string {
  const { t } = options
  const status = KNOWN_STATUSES.includes(ticket.status) ? t(`export.report.status.${ticket.status}`) : ticket.status
  const roles = ticket.roles.map((role) => (KNOWN_ROLES.includes(role) ? t(`export.report.role.${role}`) : role)).join(', ')
  const meta = [t('export.report.ticketMeta', { status, roles: roles || '—' })]
  if (ticket.createdAt) meta.push(t('export.report.createdAt', { date: options.formatDateTime(ticket.createdAt) }))
  const incomplete = ticket.complete ? '' : `<p class="notice">${text(t('export.report.ticketIncomplete'))}</p>`
  const comments = ticket.comments.map((comment) => renderComment(comment, attachments, options)).join('')
  return `<article class="ticket" id="ticket-${ticket.id}"><h3>${text(t('export.report.ticketHeading', { id: ticket.id, subject: ticket.subject || t('export.report.noSubject') }))}</h3><p class="meta">${text(meta.join(' · '))}</p>${incomplete}<ol class="comments">${comments}</ol></article>`
}

/**
 * The human-readable report: one self-contained HTML file (inline CSS, no scripts, no external
 * resources) that prints well. Pure string building; every value is escaped, links are http(s) only,
 * and a Content-Security-Policy forbids scripts as a second line of defence. Built in chunks like the
 * JSON so a 1,000-ticket report does not freeze the sidebar.
 */
export async function renderExportHtml(document: PrivacyExport, options: ReportOptions): Promise<string> {
  const { t } = options
  const user = document.user
  const attachments = new Map(document.attachments.map((a) => [a.id, a]))
  const parts: string[] = []
  parts.push(
    '<!doctype html>',
    `<html lang="${escapeHtml(options.lang)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(t('export.report.title', { id: user.id }))}</title><style>${STYLE}</style></head><body>`,
    `<header><h1>${text(t('export.report.title', { id: user.id }))}</h1>`,
    `<p class="meta">${text(t('export.report.generated', { date: options.formatDateTime(document.generatedAt), schema: document.schema }))}</p>`,
    `<p>${text(t('export.report.intro'))}</p>`,
  )
  if (document.masking.thirdParties) parts.push(`<p class="notice">${text(t('export.report.maskingOn', { count: document.masking.maskedCount }))}</p>`)
  if (document.incomplete.length > 0) parts.push(`<p class="notice">${text(t('export.report.incomplete', { count: document.incomplete.length }))}</p>`)
  parts.push('</header>')

  parts.push(
    `<section id="profile"><h2>${text(t('export.report.profile'))}</h2>`,
    definitionList([
      [t('export.report.field.name'), user.name],
      [t('export.report.field.email'), user.email],
      [t('export.report.field.phone'), user.phone],
      [t('export.report.field.alias'), user.alias],
      [t('export.report.field.role'), user.role],
      [t('export.report.field.locale'), user.locale],
      [t('export.report.field.timeZone'), user.timeZone],
      [t('export.report.field.externalId'), user.externalId],
      [t('export.report.field.details'), user.details],
      [t('export.report.field.notes'), user.notes],
      [t('export.report.field.tags'), user.tags.join(', ')],
      [t('export.report.field.createdAt'), user.createdAt ? options.formatDateTime(user.createdAt) : null],
      [t('export.report.field.lastLoginAt'), user.lastLoginAt ? options.formatDateTime(user.lastLoginAt) : null],
      ...Object.entries(user.userFields).map(([key, value]): [string, string | null] => [key, value === null || value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value)]),
    ]),
    '</section>',
  )

  parts.push(
    `<section id="identities"><h2>${text(t('export.report.identities'))}</h2>`,
    table(
      [t('export.report.column.type'), t('export.report.column.value'), t('export.report.column.primary'), t('export.report.column.verified')],
      document.identities.map((i) => [text(i.type), text(i.value), text(i.primary ? t('export.report.yes') : t('export.report.no')), text(i.verified ? t('export.report.yes') : t('export.report.no'))]),
    ),
    '</section>',
    `<section id="organizations"><h2>${text(t('export.report.organizations'))}</h2>`,
    document.organizationMemberships.length === 0
      ? `<p>${text(t('export.report.none'))}</p>`
      : table(
          [t('export.report.column.organization'), t('export.report.column.default')],
          document.organizationMemberships.map((m) => [text(m.organizationName ?? `#${m.organizationId}`), text(m.isDefault ? t('export.report.yes') : t('export.report.no'))]),
        ),
    '</section>',
    `<section id="tickets"><h2>${text(t('export.report.tickets', { count: document.tickets.length }))}</h2>`,
  )
  const chunkSize = Math.max(1, options.chunkSize ?? 50)
  for (let index = 0; index < document.tickets.length; index += chunkSize) {
    for (const ticket of document.tickets.slice(index, index + chunkSize)) parts.push(renderTicket(ticket, attachments, options))
    await options.yieldControl?.()
  }
  parts.push('</section>')

  parts.push(
    `<section id="attachments"><h2>${text(t('export.report.attachments', { count: document.attachments.length }))}</h2>`,
    document.attachments.length === 0
      ? `<p>${text(t('export.report.none'))}</p>`
      : table(
          [t('export.report.column.file'), t('export.report.column.ticket'), t('export.report.column.type'), t('export.report.column.size')],
          document.attachments.map((a) => [link(a.url, a.fileName), text(`#${a.ticketId}`), text(a.contentType), text(t('export.report.bytes', { count: a.size }))]),
        ),
    `<p class="meta">${text(t('export.report.attachmentNote'))}</p></section>`,
  )
  // The Sell connector renders its own section: records with their related items (src/core/sell).
  if (document.sell.status !== 'not_connected') parts.push(renderSellReport(document.sell, options))
  parts.push(`<footer><p class="meta">${text(t('export.report.footer'))}</p></footer></body></html>`)
  return parts.join('\n')
}

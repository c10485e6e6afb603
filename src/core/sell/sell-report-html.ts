import type { ExportSell } from '../export/export-schema'
import { escapeHtml, safeHttpUrl } from '../export/html-escape'
import { sellExportRecordSchema, type SellExportRecord } from './sell-export'
import { relatedKindsFor, sellItemText, sellRecordName, type SellSourceItem } from './sell-types'

export interface SellReportOptions {
  /** Translates `sell.*` keys in the agent's language. */
  t: (key: string, vars?: Record<string, string | number>) => string
  formatDateTime: (iso: string) => string
}

/** The person's fields worth a line in the report, in reading order; everything else is in the JSON. */
const RECORD_FIELDS = ['name', 'first_name', 'last_name', 'title', 'organization_name', 'email', 'phone', 'mobile', 'website', 'description', 'status', 'customer_status', 'prospect_status'] as const

const text = (value: unknown): string => (value === null || value === undefined ? '' : escapeHtml(typeof value === 'string' ? value : JSON.stringify(value)))

function dateOf(item: SellSourceItem, options: SellReportOptions): string {
  return typeof item.created_at === 'string' ? options.formatDateTime(item.created_at) : ''
}

function renderItem(item: SellSourceItem, options: SellReportOptions): string {
  const url = typeof item.download_url === 'string' ? safeHttpUrl(item.download_url) : null
  const label = text(sellItemText(item))
  const body = url ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer" target="_blank">${label}</a>` : label
  const date = dateOf(item, options)
  return `<li><span class="meta">${text(date)}</span> <span class="body">${body}</span></li>`
}

function renderRecord(record: SellExportRecord, options: SellReportOptions): string {
  const { t } = options
  const data = record.data as SellExportRecord['data'] & Record<string, unknown>
  const heading = t('sell.report.recordHeading', { kind: t(`sell.kind.${record.kind}`), id: record.id, name: sellRecordName(data) })
  const rows = RECORD_FIELDS.flatMap((field) => {
    const value = data[field]
    return value === null || value === undefined || value === '' ? [] : [`<dt>${text(field)}</dt><dd>${text(value)}</dd>`]
  })
  if (Array.isArray(data.tags) && data.tags.length > 0) rows.push(`<dt>tags</dt><dd>${text(data.tags.join(', '))}</dd>`)
  const custom = data.custom_fields
  if (custom && typeof custom === 'object') for (const [key, value] of Object.entries(custom)) rows.push(`<dt>${text(key)}</dt><dd>${text(value)}</dd>`)
  const related = relatedKindsFor(record.kind).map((kind) => {
    const items = record.related[kind] ?? []
    const title = t(`sell.related.${kind}`, { count: items.length })
    const incomplete = record.incomplete.includes(kind) ? `<p class="notice">${text(t('sell.report.relatedIncomplete'))}</p>` : ''
    return `<h4>${text(title)}</h4>${incomplete}${items.length > 0 ? `<ul>${items.map((item) => renderItem(item, options)).join('')}</ul>` : ''}`
  })
  return `<article class="ticket" id="sell-${record.kind}-${record.id}"><h3>${text(heading)}</h3><dl>${rows.join('')}</dl>${related.join('')}</article>`
}

/**
 * The Sell part of the HTML report, in the report's style (same classes) and with the same rules: every
 * value escaped, links http(s) only. Nothing at all when Sell is not connected.
 */
export function renderSellReport(section: ExportSell, options: SellReportOptions): string {
  const { t } = options
  if (section.status === 'not_connected') return ''
  const parts = [`<section id="sell"><h2>${text(t('sell.report.heading'))}</h2>`]
  if (section.status === 'failed') {
    parts.push(`<p class="notice">${text(t('sell.report.failed'))}</p>`)
  } else {
    const records = section.records.map((raw) => sellExportRecordSchema.safeParse(raw)).flatMap((parsed) => (parsed.success ? [parsed.data] : []))
    parts.push(`<p>${text(t('sell.report.intro', { count: records.length }))}</p>`)
    for (const record of records) parts.push(renderRecord(record, options))
  }
  parts.push(`<p class="meta">${text(t('sell.integrationNotice'))}</p></section>`)
  return parts.join('\n')
}

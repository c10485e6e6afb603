import { z } from 'zod'
import type { ExportIncomplete, ExportSell } from '../export/export-schema'
import type { SellStatus } from './sell-summary'
import { SELL_MATCH_KINDS, SELL_RECORD_KINDS, SELL_RELATED_KINDS, type SellFinding, type SellRelatedKind, type SellSourceItem, type SellSubjectData } from './sell-types'

/**
 * The `sell` section of the portability export (privacy-assistant.export/v1). It carries its own version
 * so the connector can change without a new export schema, and so a reader can tell a connected Sell
 * with no records from an account without Sell. Change it only additively within v1.
 */
export const SELL_EXPORT_VERSION = 'privacy-assistant.export.sell/v1' as const

/** What Sell's API cannot give: data owned by integrations (email, calendar, other apps), to be asked for at its source. */
export const SELL_NOT_INCLUDED = ['integration_data'] as const

const itemSchema = z.looseObject({ id: z.number() })

export const sellExportRecordSchema = z.object({
  kind: z.enum(SELL_RECORD_KINDS),
  id: z.number(),
  /** Which of the subject's identifiers matched: an email, a phone number, or both. */
  matchedBy: z.array(z.enum(SELL_MATCH_KINDS)),
  /** The contact or lead exactly as Sell returned it (the `data` of its envelope). */
  data: z.looseObject({ id: z.number() }),
  /** Notes, calls, tasks, text messages, documents and (contacts only) deals attached to the record. */
  related: z.partialRecord(z.enum(SELL_RELATED_KINDS), z.array(itemSchema)),
  /** Related kinds that could not be read completely. */
  incomplete: z.array(z.enum(SELL_RELATED_KINDS)),
})

/** The precise form of the section; export-schema.ts keeps a looser one so the connector can be removed. */
export const sellExportSectionSchema = z.object({
  status: z.enum(['not_connected', 'included', 'failed']),
  version: z.literal(SELL_EXPORT_VERSION).optional(),
  records: z.array(sellExportRecordSchema),
  /** A normalised error kind (`unauthorized`, `rate_limited`, `server`…) when status is `failed`. */
  reason: z.string().optional(),
  notIncluded: z.array(z.string()).optional(),
})

export type SellExportRecord = z.infer<typeof sellExportRecordSchema>

/** Free-text fields of related items that can name other people: masked like ticket text when asked. */
const FREE_TEXT_FIELDS = ['content', 'summary', 'description'] as const

export interface SellExportInput {
  status: SellStatus
  data?: SellSubjectData | null
  reason?: string
  /** The export's third-party masker (`masker.text`), when the agent asked for masking. */
  mask?: (text: string) => string
}

function exportItem(item: SellSourceItem, mask: ((text: string) => string) | undefined): SellSourceItem {
  if (!mask) return { ...item }
  const copy: SellSourceItem = { ...item }
  for (const field of FREE_TEXT_FIELDS) {
    const value = copy[field]
    if (typeof value === 'string' && value !== '') copy[field] = mask(value)
  }
  return copy
}

function exportRecord(finding: SellFinding, mask: SellExportInput['mask']): SellExportRecord {
  const related: Partial<Record<SellRelatedKind, SellSourceItem[]>> = {}
  for (const list of finding.related) related[list.kind] = list.items.map((item) => exportItem(item, mask))
  return {
    kind: finding.kind,
    id: finding.id,
    matchedBy: [...finding.matchedBy],
    // The record's own fields are the subject's data: never masked.
    data: { ...finding.record },
    related,
    incomplete: finding.related.filter((list) => !list.complete).map((list) => list.kind),
  }
}

export function buildSellExport(input: SellExportInput): ExportSell {
  if (input.status === 'not_connected') return { status: 'not_connected', records: [] }
  if (input.status === 'failed') {
    return { status: 'failed', version: SELL_EXPORT_VERSION, records: [], reason: input.reason ?? 'unknown', notIncluded: [...SELL_NOT_INCLUDED] }
  }
  return {
    status: 'included',
    version: SELL_EXPORT_VERSION,
    records: (input.data?.findings ?? []).map((finding) => exportRecord(finding, input.mask)),
    notIncluded: [...SELL_NOT_INCLUDED],
  }
}

/** Entries for the export's `incomplete` list: Sell unreadable, a lookup skipped, or a related list cut short. */
export function sellIncomplete(section: ExportSell, data?: SellSubjectData | null): ExportIncomplete[] {
  if (section.status === 'failed') return [{ what: 'sell', reason: section.reason ?? 'unknown' }]
  const out: ExportIncomplete[] = (data?.skippedLookups ?? []).map((skipped) => ({ what: 'sell', reason: `${skipped.by}_lookup_${skipped.reason}` }))
  for (const finding of data?.findings ?? []) {
    for (const list of finding.related) if (!list.complete) out.push({ what: 'sell', reason: list.reason ?? 'unknown' })
  }
  return out
}

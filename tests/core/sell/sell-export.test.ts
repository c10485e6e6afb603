// @vitest-environment node
import { assembleExport } from '../../../src/core/export/assemble-export'
import { privacyExportSchema } from '../../../src/core/export/export-schema'
import { buildSellExport, SELL_EXPORT_VERSION, sellExportSectionSchema, sellIncomplete } from '../../../src/core/sell/sell-export'
import { renderSellReport } from '../../../src/core/sell/sell-report-html'
import { exportInput } from '../export/export-fixture'
import { contact, data } from './sell-fixture'

test('an included section holds each record as Sell sent it, with its related items, versioned', () => {
  const section = buildSellExport({ status: 'included', data })
  expect(sellExportSectionSchema.parse(section)).toEqual(section)
  expect(section).toMatchObject({ status: 'included', version: SELL_EXPORT_VERSION, notIncluded: ['integration_data'] })
  expect(section.records).toHaveLength(2)
  const [first] = section.records
  expect(first).toMatchObject({ kind: 'contact', id: 11, matchedBy: ['email'], data: contact.record, incomplete: ['documents'] })
  expect(first?.related).toMatchObject({ notes: [{ id: 1 }], calls: [{ id: 2 }], tasks: [], text_messages: [{ id: 3 }], documents: [{ id: 4 }], deals: [{ id: 5 }] })
  // A lead has no deals key at all.
  expect(Object.keys(sellExportSectionSchema.parse(section).records[1]?.related ?? {})).not.toContain('deals')
})

test('masking applies to free text of related items, never to the record itself', () => {
  const section = buildSellExport({ status: 'included', data, mask: (text) => text.replace(/Bob Jones|bob\.jones@example\.org/g, '[MASKED]') })
  const [first] = sellExportSectionSchema.parse(section).records
  expect(first?.related.notes?.[0]?.content).toBe('Her husband [MASKED] ([MASKED]) called.')
  expect(first?.data.email).toBe('maria@example.com')
  expect(first?.related.documents?.[0]?.name).toBe('quote.pdf')
  // The source data is untouched.
  expect(contact.related[0]?.items[0]?.content).toContain('Bob Jones')
})

test('failed and not connected sections; incomplete entries for the export', () => {
  expect(buildSellExport({ status: 'not_connected' })).toEqual({ status: 'not_connected', records: [] })
  const failed = buildSellExport({ status: 'failed', reason: 'unauthorized' })
  expect(sellExportSectionSchema.parse(failed)).toMatchObject({ status: 'failed', reason: 'unauthorized', records: [] })
  expect(sellIncomplete(failed)).toEqual([{ what: 'sell', reason: 'unauthorized' }])
  const included = buildSellExport({ status: 'included', data })
  expect(sellIncomplete(included, { ...data, skippedLookups: [{ by: 'phone', reason: 'unsupported' }] })).toEqual([
    { what: 'sell', reason: 'phone_lookup_unsupported' },
    { what: 'sell', reason: 'server' },
  ])
})

test('the whole export validates with a Sell section in it', async () => {
  const sell = buildSellExport({ status: 'included', data })
  const document = await assembleExport({ ...exportInput([]), sell, incomplete: sellIncomplete(sell, data) }, { generatedAt: '2025-02-01T00:00:00Z', generatorVersion: '1' })
  expect(privacyExportSchema.safeParse(document).success).toBe(true)
  expect(sellExportSectionSchema.safeParse(document.sell).success).toBe(true)
  expect(document.incomplete).toContainEqual({ what: 'sell', reason: 'server' })
})

const t = (key: string, vars?: Record<string, string | number>) => (vars ? `${key} ${Object.values(vars).join(' ')}` : key)
const options = { t, formatDateTime: (iso: string) => iso.slice(0, 10) }

test('the report section lists records and items, escaped, with http(s) links only', () => {
  const hostile = structuredClone(data)
  const first = hostile.findings[0]
  if (!first) throw new Error('fixture')
  first.record.name = '<script>alert(1)</script>'
  first.related[0]?.items.push({ id: 9, content: '<img src=x onerror=alert(1)>', created_at: '2025-02-02T00:00:00Z' })
  first.related[4]?.items.push({ id: 10, name: 'evil', download_url: 'javascript:alert(1)' })
  const html = renderSellReport(buildSellExport({ status: 'included', data: hostile }), options)
  expect(html).not.toMatch(/<script|<img/)
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  expect(html.match(/href="[^"]*"/g)).toEqual(['href="https://api.getbase.com/v2/documents/4/download"'])
  expect(html).toContain('id="sell-contact-11"')
  expect(html).toContain('id="sell-lead-21"')
  expect(html).toContain('sell.related.notes 2')
  expect(html).toContain('sell.report.relatedIncomplete')
  expect(html).toContain('sell.integrationNotice')
})

test('the report says nothing without Sell, and says Sell failed when it did', () => {
  expect(renderSellReport({ status: 'not_connected', records: [] }, options)).toBe('')
  expect(renderSellReport(buildSellExport({ status: 'failed', reason: 'server' }), options)).toContain('sell.report.failed')
})

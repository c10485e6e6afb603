// @vitest-environment jsdom
// jsdom rather than node: proving the report inert needs a real HTML parser (DOMParser).
import { assembleExport } from '../../../src/core/export/assemble-export'
import { renderExportHtml } from '../../../src/core/export/export-html'
import { escapeHtml, safeHttpUrl } from '../../../src/core/export/html-escape'
import { comment, exportInput, ticket } from './export-fixture'

const t = (key: string, vars?: Record<string, string | number>) => (vars ? `${key} ${Object.values(vars).join(' ')}` : key)
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')
const reportOptions = { t, lang: 'en', formatDateTime: (iso: string) => iso.slice(0, 10) }

const HOSTILE = [
  '<script>window.pwned = 1</script>',
  '<img src=x onerror="window.pwned = 1">',
  '<svg onload="window.pwned=1"><a xlink:href="javascript:alert(1)">x</a></svg>',
  '"><iframe src="javascript:alert(1)"></iframe>',
  '</div></li></ol></article><script>alert(1)</script>',
].join('\n')

async function report() {
  const input = exportInput([
    ticket(
      10,
      [
        comment(1, 42, HOSTILE, {
          html_body: HOSTILE,
          attachments: [
            { id: 1, file_name: '<img src=x onerror=alert(1)>.png', content_type: 'image/png', size: 10, content_url: 'javascript:alert(1)' },
            { id: 2, file_name: 'passport.pdf', content_type: 'application/pdf', size: 10, content_url: 'https://demo.zendesk.com/attachments/token/x/?name=passport.pdf' },
          ],
        }),
      ],
      { ticket: { id: 10, subject: '<b onmouseover=alert(1)>Order</b>', status: 'closed', tags: [] } },
    ),
  ])
  const document = await assembleExport(input, { generatedAt: '2024-03-02T12:00:00Z', generatorVersion: '1' })
  return { document, html: await renderExportHtml(document, reportOptions) }
}

test('hostile ticket content stays inert text in the report', async () => {
  const { html } = await report()
  const doc = parse(html)
  expect(doc.querySelectorAll('script, iframe, img, svg, [onerror], [onload], [onmouseover]')).toHaveLength(0)
  // The text survives intact for the reader.
  expect(doc.querySelector('#ticket-10 .body')?.textContent).toBe(HOSTILE)
  expect(doc.querySelector('#ticket-10 h3')?.textContent).toContain('<b onmouseover=alert(1)>Order</b>')
  const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))
  expect(hrefs).toEqual(['https://demo.zendesk.com/attachments/token/x/?name=passport.pdf', 'https://demo.zendesk.com/attachments/token/x/?name=passport.pdf'])
})

test('the report is self-contained, forbids scripts and prints', async () => {
  const { html } = await report()
  expect(html.startsWith('<!doctype html>')).toBe(true)
  expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
  expect(html).toContain('@media print')
  expect(html).not.toMatch(/<link|<script|src=["']?https?:/i)
})

test('the report shows the profile, identities, organisations, tickets and attachments', async () => {
  const { html } = await report()
  const doc = parse(html)
  expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en')
  expect(doc.querySelector('#profile')?.textContent).toContain('Maria Silva')
  expect(doc.querySelectorAll('#identities tbody tr')).toHaveLength(3)
  expect(doc.querySelector('#organizations')?.textContent).toContain('Acme Lda')
  expect(doc.querySelectorAll('#tickets article')).toHaveLength(1)
  expect(doc.querySelector('#ticket-10 .meta')?.textContent).toContain('export.report.status.closed')
  expect(doc.querySelectorAll('#attachments tbody tr')).toHaveLength(2)
})

test.each([
  ['<a href="x">&', '&lt;a href=&quot;x&quot;&gt;&amp;'],
  ["it's", 'it&#39;s'],
])('escapeHtml(%s)', (input, expected) => {
  expect(escapeHtml(input)).toBe(expected)
})

test.each([
  ['https://demo.zendesk.com/a?b=1', 'https://demo.zendesk.com/a?b=1'],
  ['  http://x.example/  ', 'http://x.example/'],
  ['javascript:alert(1)', null],
  ['data:text/html,hi', null],
  ['https://x.example/"onmouseover="x', null],
])('safeHttpUrl(%s)', (input, expected) => {
  expect(safeHttpUrl(input)).toBe(expected)
})

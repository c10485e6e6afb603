import { waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DEMO_LIGHT_AGENT_ID, DEMO_REQUEST_TICKET_ID, DEMO_SUBJECT, DEMO_SUBJECT_ID } from '../../../dev/fake-zendesk/index'
import { DEMO_SELL_IDS, DEMO_SELL_TOKEN } from '../../../dev/fake-sell/index'
import { parseCaseNote } from '../../../src/core/case/case-note'
import { privacyExportSchema, type PrivacyExport } from '../../../src/core/export/export-schema'
import { sellExportSectionSchema } from '../../../src/core/sell/sell-export'
import { renderApp } from '../../support/render-app'
import { LAZY, openStep } from '../../steps/request-case/checklist-helpers'
import { captureDownloads } from '../../steps/portability/capture-downloads'
import { sellRequests } from './sell-harness'

// The whole app against the fake Zendesk and the fake Sell, through the same host bridge as the browser.
vi.setConfig({ testTimeout: 60_000 })
afterEach(() => vi.restoreAllMocks())

async function openAccess() {
  const user = userEvent.setup()
  const step = await openStep(user, 'access', 'access-step')
  const sell = await within(step).findByTestId('sell-access', {}, LAZY)
  return { user, step, sell }
}

test('access: the subject\'s Sell contact and leads appear with their related items', async () => {
  const { workspace } = await renderApp({ location: 'user_sidebar', userId: DEMO_SUBJECT_ID, sell: true })
  const { sell, step } = await openAccess()
  await waitFor(() => expect(sell).toHaveAttribute('data-status', 'ready'), LAZY)
  expect(within(sell).getByTestId('sell-counts')).toHaveTextContent('1 contact · 2 leads')
  const records = within(sell).getAllByTestId('sell-record')
  expect(records.map((r) => `${r.dataset.kind}:${r.dataset.id}`)).toEqual([`contact:${DEMO_SELL_IDS.contact}`, `lead:${DEMO_SELL_IDS.lead}`, `lead:${DEMO_SELL_IDS.phoneOnlyLead}`])
  const [contact, , phoneOnly] = records as [HTMLElement, HTMLElement, HTMLElement]
  expect(contact).toHaveTextContent(DEMO_SUBJECT.name)
  for (const text of ['Matched by email', 'Matched by phone', '2 notes', '1 call', '2 tasks', '2 text messages', '1 document', '1 deal']) expect(contact).toHaveTextContent(text)
  expect(within(contact).getByText(/Renewal of the chairs contract/)).toBeInTheDocument()
  expect(phoneOnly).toHaveTextContent('Matched by phone number only')
  expect(sell).toHaveTextContent('Integration data in Sell')
  // Someone else in Sell is never shown.
  expect(sell).not.toHaveTextContent('Marc Dubois')
  // The Support part of the summary is there as usual.
  expect(within(step).getByTestId('access-summary')).toHaveTextContent('Profile fields with data')
  expect(JSON.stringify(workspace.requests)).not.toContain(DEMO_SELL_TOKEN)
})

test('without the setting, Sell says "not connected" and the app never calls it', async () => {
  const { workspace } = await renderApp({ location: 'user_sidebar', userId: DEMO_SUBJECT_ID })
  const { sell } = await openAccess()
  expect(sell).toHaveAttribute('data-status', 'not_connected')
  expect(sell).toHaveTextContent('Not connected. An admin can turn on')
  expect(sellRequests(workspace.requests)).toEqual([])
})

test.each([
  ['a wrong token (401)', { token: 'revoked' }, 'Sell refused the API token (401). An admin should check the Sell API access token'],
  ['a lasting 429', { status: 429 }, 'Sell asked the app to slow down (429)'],
  ['a lasting 5xx', { status: 503 }, 'Sell had a temporary problem (503)'],
])('%s gives a clear message in the Sell section and the Support summary still shows', async (_name, fault, message) => {
  const { workspace } = await renderApp({ location: 'user_sidebar', userId: DEMO_SUBJECT_ID, sell: true })
  if ('token' in fault) workspace.sell?.setToken(fault.token)
  else workspace.sell?.failNext({ status: fault.status, times: 100 })
  const { sell, step } = await openAccess()
  const alert = await within(sell).findByTestId('sell-error', {}, { timeout: 20_000 })
  expect(alert).toHaveTextContent(message)
  expect(alert).toHaveTextContent('The Zendesk Support steps are not affected.')
  expect(within(step).getByTestId('access-summary')).toHaveTextContent('Identities')
  // Retrying once Sell is back shows the records.
  workspace.sell?.reset()
  await userEvent.setup().click(within(alert).getByRole('button', { name: 'Search Sell again' }))
  await waitFor(() => expect(within(sell).getAllByTestId('sell-record')).toHaveLength(3), LAZY)
})

async function buildExport() {
  const user = userEvent.setup()
  const step = await openStep(user, 'portability', 'portability-step')
  await user.click(within(step).getByRole('button', { name: 'Build the export' }))
  await within(step).findByTestId('portability-ready', {}, { timeout: 60_000 })
  return { user, step }
}

test('portability: the Sell records and their related items are in the JSON export and the HTML report', async () => {
  const files = captureDownloads()
  await renderApp({ location: 'user_sidebar', userId: DEMO_SUBJECT_ID, sell: true })
  const { user, step } = await buildExport()
  expect(within(step).getByTestId('sell-export-note')).toHaveTextContent('Zendesk Sell: 3 contacts and leads included')
  await user.click(within(step).getByRole('button', { name: 'Download JSON' }))
  await waitFor(() => expect(files).toHaveLength(1))
  const document = JSON.parse((await files[0]?.text()) ?? '') as PrivacyExport
  expect(privacyExportSchema.safeParse(document).success).toBe(true)
  const section = sellExportSectionSchema.parse(document.sell)
  expect(section.status).toBe('included')
  expect(section.records.map((r) => [r.kind, r.id])).toEqual([['contact', DEMO_SELL_IDS.contact], ['lead', DEMO_SELL_IDS.lead], ['lead', DEMO_SELL_IDS.phoneOnlyLead]])
  const contact = section.records[0]
  expect(contact?.data).toMatchObject({ email: DEMO_SUBJECT.primaryEmail, title: 'Office manager' })
  expect(contact?.related.notes?.map((n) => n.id)).toEqual([83001, 83002])
  expect(contact?.related.deals?.map((d) => d.id)).toEqual([DEMO_SELL_IDS.deal])
  // Masking (on by default) reaches Sell notes too: the assistant's email is a third party's.
  expect(JSON.stringify(document.sell)).not.toContain('paul.girard@example.net')

  await user.click(within(step).getByRole('button', { name: 'Download HTML report' }))
  await waitFor(() => expect(files).toHaveLength(2), LAZY)
  const html = new DOMParser().parseFromString((await files[1]?.text()) ?? '', 'text/html')
  expect(html.querySelector('#sell h2')?.textContent).toBe('Zendesk Sell')
  expect(html.querySelectorAll('#sell article')).toHaveLength(3)
  expect(html.querySelector(`#sell-contact-${DEMO_SELL_IDS.contact}`)?.textContent).toContain('Signed quote Q-2025-118.pdf')
})

test('portability: when Sell fails the export is still built, and says Sell is missing and why', async () => {
  const files = captureDownloads()
  const { workspace } = await renderApp({ location: 'user_sidebar', userId: DEMO_SUBJECT_ID, sell: true })
  workspace.sell?.setToken('revoked')
  const { user, step } = await buildExport()
  expect(within(step).getByTestId('sell-export-note')).toHaveTextContent('Zendesk Sell is not in this export (the API token was refused)')
  await user.click(within(step).getByRole('button', { name: 'Download JSON' }))
  await waitFor(() => expect(files).toHaveLength(1))
  const document = JSON.parse((await files[0]?.text()) ?? '') as PrivacyExport
  expect(document.sell).toMatchObject({ status: 'failed', reason: 'unauthorized', records: [] })
  expect(document.incomplete).toContainEqual({ what: 'sell', reason: 'unauthorized' })
  expect(document.tickets.length).toBeGreaterThan(0)
})

test('erasure: preview → confirmation → delete → verified gone (404) → evidence on the request', async () => {
  const { workspace, fake } = await renderApp({ location: 'ticket_sidebar', ticketId: DEMO_REQUEST_TICKET_ID, sell: true })
  const sellFake = workspace.sell
  if (!sellFake) throw new Error('no fake Sell')
  const user = userEvent.setup()
  const step = await openStep(user, 'erasure', 'erasure-step')
  const section = await within(step).findByTestId('sell-erasure', {}, LAZY)
  // Folded under the Support plan until the agent opens it.
  expect(await within(section).findByTestId('sell-erasure-counts', {}, LAZY)).toHaveTextContent('1 contact · 2 leads')
  await user.click(within(section).getByRole('button', { name: 'Review the Sell records' }))
  const preview = within(section).getByTestId('sell-deletion-preview')
  const boxes = within(preview).getAllByRole('checkbox') as HTMLInputElement[]
  expect(boxes.map((b) => b.checked)).toEqual([true, true, false])
  expect(section).toHaveTextContent('Integration data in Sell (email, calendar entries and other third-party integrations)')
  expect(section).toHaveTextContent('Deals linked to the contact are business records')

  await user.click(within(section).getByTestId('sell-delete'))
  const confirm = within(section).getByTestId('sell-deletion-confirm')
  const go = within(confirm).getByRole('button', { name: 'Delete in Sell' })
  expect(go).toBeDisabled()
  await user.click(within(confirm).getByRole('checkbox'))
  await user.type(within(confirm).getByTestId('sell-confirm-word'), 'delete')
  expect(go).toBeEnabled()
  sellFake.log.length = 0
  await user.click(go)

  await waitFor(() => expect(within(section).getByTestId('sell-deletion-status')).toHaveTextContent('Deleted in Sell and verified gone: 2 of 2.'), LAZY)
  const results = within(section).getAllByTestId('sell-deletion-result')
  expect(results.map((r) => r.dataset.outcome)).toEqual(['done', 'done'])
  expect(results[0]).toHaveTextContent('deleted, verified gone (404)')
  expect(sellFake.log.map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual([
    `DELETE /v2/contacts/${DEMO_SELL_IDS.contact} 204`,
    `GET /v2/contacts/${DEMO_SELL_IDS.contact} 404`,
    `DELETE /v2/leads/${DEMO_SELL_IDS.lead} 204`,
    `GET /v2/leads/${DEMO_SELL_IDS.lead} 404`,
  ])
  expect(sellFake.state.get('leads', DEMO_SELL_IDS.phoneOnlyLead)).toBeDefined()

  // The evidence goes on the request ticket: ids, outcomes, verification, what Sell data is out of reach. No personal data.
  await waitFor(() => expect(within(section).getByTestId('sell-evidence-status')).toHaveTextContent('Recorded in the request\'s evidence.'), LAZY)
  const note = parseCaseNote(fake.state.getComments(DEMO_REQUEST_TICKET_ID).at(-1)?.body)
  expect(note?.change.action).toBe('sell_deletion')
  expect(note?.evidence).toMatchObject({ obligation: 'erasure', counts: { sell_contacts: 1, sell_leads: 1, verified: 2, skipped: 1 } })
  expect(note?.evidence?.operations).toContainEqual(expect.objectContaining({ kind: 'delete_sell_contact', target: { sell_contact: DEMO_SELL_IDS.contact }, outcome: 'done', verification: expect.objectContaining({ method: 'sell_get_404', passed: true }) }))
  expect(note?.evidence?.notReached).toEqual(['sell_integration_data', 'sell_permanent_purge', 'sell_deals'])
  const noteText = JSON.stringify(note)
  for (const personal of [DEMO_SUBJECT.name, DEMO_SUBJECT.primaryEmail, DEMO_SUBJECT.secondaryEmail, 'Léa']) expect(noteText).not.toContain(personal)

  // Searching again finds only what the agent chose to keep.
  await user.click(within(section).getByRole('button', { name: 'Search Sell again' }))
  await user.click(await within(section).findByTestId('sell-review', {}, LAZY))
  const after = within(section).getByTestId('sell-deletion-preview')
  expect(within(after).getAllByTestId('sell-deletion-item').map((i) => i.dataset.item)).toEqual([`sell:lead:${DEMO_SELL_IDS.phoneOnlyLead}`])
})

test('objection offers the same Sell deletion; a light agent sees the records but cannot delete', async () => {
  await renderApp({ location: 'user_sidebar', userId: DEMO_SUBJECT_ID, agentId: DEMO_LIGHT_AGENT_ID, sell: true })
  const user = userEvent.setup()
  const step = await openStep(user, 'objection', 'objection-step')
  const section = await within(step).findByTestId('sell-erasure', {}, LAZY)
  await user.click(await within(section).findByTestId('sell-review', {}, LAZY))
  expect(within(section).getByTestId('sell-deletion-preview')).toBeInTheDocument()
  expect(section).toHaveTextContent('Only admins and agents can delete Sell records')
  expect(within(section).queryByTestId('sell-delete')).not.toBeInTheDocument()
})

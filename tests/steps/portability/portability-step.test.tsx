import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DEMO_PLANTED, DEMO_REQUEST_TICKET_ID, DEMO_SUBJECT, DEMO_SUBJECT_ID } from '../../../dev/fake-zendesk/index'
import { parseCaseNote } from '../../../src/core/case/case-note'
import { privacyExportSchema, type PrivacyExport } from '../../../src/core/export/export-schema'
import { renderApp } from '../../support/render-app'
import { expectChecklistStatus, LAZY, openStep } from '../request-case/checklist-helpers'
import { captureDownloads } from './capture-downloads'

// Integration tests boot the whole app and load lazy steps through the test transform: give them time.
vi.setConfig({ testTimeout: 60_000 })

afterEach(() => vi.restoreAllMocks())

const listed = new Set([...DEMO_PLANTED.subjectTickets.requested, ...DEMO_PLANTED.subjectTickets.ccd, ...DEMO_PLANTED.subjectTickets.followed])
const expectedTicketIds = [...listed].filter((id) => !DEMO_PLANTED.deletedTicketIds.includes(id)).sort((a, b) => a - b)
const thirdParty = DEMO_PLANTED.occurrences.filter((o) => listed.has(o.ticketId) && !o.isSubjectIdentifier && (o.type === 'email' || o.type === 'phone'))

async function buildExport(mask: boolean) {
  const user = userEvent.setup()
  const step = await openStep(user, 'portability', 'portability-step')
  const checkbox = within(step).getByRole('checkbox', { name: /Mask other people/ })
  if ((checkbox as HTMLInputElement).checked !== mask) await user.click(checkbox)
  await user.click(within(step).getByRole('button', { name: 'Build the export' }))
  await within(step).findByTestId('portability-ready', {}, { timeout: 60_000 })
  return { user, step }
}

test('the JSON export follows the documented schema, holds every ticket and comment, and masks third parties', async () => {
  const files = captureDownloads()
  const { fake } = await renderApp({ location: 'ticket_sidebar', ticketId: DEMO_REQUEST_TICKET_ID })
  const { user, step } = await buildExport(true)
  // Counted before the download: delivering it adds an evidence note to the request ticket.
  const commentCounts = new Map(expectedTicketIds.map((id) => [id, fake.state.getComments(id).length]))
  await user.click(within(step).getByRole('button', { name: 'Download JSON' }))
  await waitFor(() => expect(files).toHaveLength(1))
  const file = files[0]
  expect(file?.name).toMatch(new RegExp(`^privacy-export-user-${DEMO_SUBJECT_ID}-\\d{4}-\\d{2}-\\d{2}\\.json$`))
  expect(file?.type).toBe('application/json')
  const text = (await file?.text()) ?? ''
  const document = JSON.parse(text) as PrivacyExport
  expect(privacyExportSchema.safeParse(document).success).toBe(true)
  expect(document.tickets.map((t) => t.id)).toEqual(expectedTicketIds)
  for (const ticket of document.tickets) expect(ticket.comments).toHaveLength(commentCounts.get(ticket.id) ?? -1)
  expect(document.identities.map((i) => i.value)).toEqual(expect.arrayContaining([DEMO_SUBJECT.primaryEmail, DEMO_SUBJECT.secondaryEmail]))
  expect(document.organizationMemberships.length).toBeGreaterThan(0)
  expect(document.masking.thirdParties).toBe(true)
  expect(thirdParty.length).toBeGreaterThan(0)
  for (const { value } of thirdParty) expect(text).not.toContain(value)
  expect(text).toContain(DEMO_SUBJECT.primaryEmail)
  // Delivering the file is recorded on the request ticket, without personal data, and portability is under way.
  await expectChecklistStatus('portability', 'in_progress')
  const note = parseCaseNote(fake.state.getComments(DEMO_REQUEST_TICKET_ID).at(-1)?.body)
  expect(note?.change.action).toBe('export_json')
  expect(note?.evidence?.counts).toMatchObject({ tickets: expectedTicketIds.length })
  expect(JSON.stringify(note)).not.toContain(DEMO_SUBJECT.primaryEmail)
})

test('without masking, other people\'s data stays in the export', async () => {
  const files = captureDownloads()
  await renderApp({ location: 'user_sidebar', userId: DEMO_SUBJECT_ID })
  const { user, step } = await buildExport(false)
  await user.click(within(step).getByRole('button', { name: 'Download JSON' }))
  await waitFor(() => expect(files).toHaveLength(1))
  const text = (await files[0]?.text()) ?? ''
  for (const { value } of thirdParty) expect(text).toContain(value)
  expect((JSON.parse(text) as PrivacyExport).masking).toEqual({ thirdParties: false, types: [], maskedCount: 0 })
})

test('the HTML report is self-contained, inert and masked like the JSON', async () => {
  const files = captureDownloads()
  await renderApp({ location: 'user_sidebar', userId: DEMO_SUBJECT_ID })
  const { user, step } = await buildExport(true)
  await user.click(within(step).getByRole('button', { name: 'Download HTML report' }))
  await waitFor(() => expect(files).toHaveLength(1), LAZY)
  expect(files[0]?.type).toBe('text/html')
  const html = (await files[0]?.text()) ?? ''
  const parsed = new DOMParser().parseFromString(html, 'text/html')
  expect(parsed.querySelectorAll('script, iframe, object, embed')).toHaveLength(0)
  expect(parsed.querySelectorAll('#tickets article')).toHaveLength(expectedTicketIds.length)
  expect(parsed.querySelector('#profile')?.textContent).toContain(DEMO_SUBJECT.name)
  for (const { value } of thirdParty) expect(html).not.toContain(value)
})

test('when the download is blocked, the agent can open the report in a new window instead', async () => {
  const files = captureDownloads()
  const open = vi.spyOn(window, 'open').mockImplementation(() => ({ opener: window }) as unknown as Window)
  await renderApp({ location: 'user_sidebar', userId: DEMO_SUBJECT_ID })
  const { user, step } = await buildExport(true)
  await user.click(within(step).getByRole('button', { name: 'Open report in a new window' }))
  await waitFor(() => expect(open).toHaveBeenCalledTimes(1), LAZY)
  expect(open.mock.calls[0]?.[0]).toMatch(/^blob:/)
  expect(files).toHaveLength(0)
  open.mockImplementation(() => null)
  await user.click(within(step).getByRole('button', { name: 'Open report in a new window' }))
  expect(await within(step).findByTestId('portability-message', {}, LAZY)).toHaveTextContent('The browser blocked the new window')
})

test('cancelling an export stops it and downloads nothing', async () => {
  const files = captureDownloads()
  const { fake } = await renderApp({ location: 'user_sidebar', userId: DEMO_SUBJECT_ID })
  // Slow comment pages, so the export is still running when the agent cancels.
  fake.failNext({ method: 'GET', path: /\/comments/, delayMs: 500, status: 200, times: 100 })
  const user = userEvent.setup()
  const step = await openStep(user, 'portability', 'portability-step')
  await user.click(within(step).getByRole('button', { name: 'Build the export' }))
  await user.click(await within(step).findByRole('button', { name: 'Cancel' }))
  expect(await within(step).findByText('Export cancelled. Nothing was downloaded.', {}, LAZY)).toBeInTheDocument()
  expect(files).toHaveLength(0)
  expect(screen.queryByTestId('portability-ready')).not.toBeInTheDocument()
})

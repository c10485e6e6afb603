import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DEMO_PLANTED, DEMO_SUBJECT_ID } from '../../../dev/fake-zendesk/index'
import type { PrivacyExport } from '../../../src/core/export/export-schema'
import { renderApp } from '../../support/render-app'
import { captureDownloads } from '../portability/capture-downloads'
import { LAZY, openStep } from '../request-case/checklist-helpers'

// Integration tests boot the whole app and load lazy steps through the test transform: give them time.
vi.setConfig({ testTimeout: 120_000 })
afterEach(() => vi.restoreAllMocks())

test('once the inventory has run, access counts its tickets and the export includes tickets where the person is only mentioned', async () => {
  const files = captureDownloads()
  // The scan makes a few hundred requests: lift the app's pacing so the test does not wait minutes of real time.
  await renderApp({ location: 'user_sidebar', userId: DEMO_SUBJECT_ID, settings: { requests_per_minute: 100_000 } })
  const user = userEvent.setup()
  // The scan can start once the inventory panel has built its search terms from the profile.
  await screen.findByRole('button', { name: 'Remove the term lea.martin@example.com' }, LAZY)
  const scan = screen.getByRole('button', { name: 'Find personal data' })
  await waitFor(() => expect(scan).toBeEnabled(), LAZY)
  await user.click(scan)
  await screen.findByText('Scan finished.', {}, { timeout: 60_000 })

  const access = await openStep(user, 'access', 'access-step')
  const total = await within(access).findByTestId('access-ticket-total', {}, LAZY)
  const tickets = Number(/\d+/.exec(total.textContent ?? '')?.[0])
  expect(tickets).toBeGreaterThan(0)
  expect(within(access).queryByText(/run it to complete this summary/)).not.toBeInTheDocument()
  expect(within(access).getByRole('region', { name: 'Tickets' })).toHaveTextContent('Mentioned')

  const portability = await openStep(user, 'portability', 'portability-step')
  await user.click(within(portability).getByRole('button', { name: 'Build the export' }))
  await within(portability).findByTestId('portability-ready', {}, { timeout: 60_000 })
  expect(within(portability).getByText('Tickets come from the inventory.')).toBeInTheDocument()
  await user.click(within(portability).getByRole('button', { name: 'Download JSON' }))
  await waitFor(() => expect(files).toHaveLength(1))
  const document = JSON.parse((await files[0]?.text()) ?? '{}') as PrivacyExport
  expect(document.tickets).toHaveLength(tickets)
  const mentioned = DEMO_PLANTED.subjectTickets.mentioned.filter((id) => !DEMO_PLANTED.deletedTicketIds.includes(id))
  expect(document.tickets.filter((t) => t.roles.includes('mentioned')).map((t) => t.id)).toEqual(expect.arrayContaining(mentioned))
})

import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DEMO_AGENT_ID, DEMO_LIGHT_AGENT_ID, DEMO_REQUEST_TICKET_ID, DEMO_SUBJECT, DEMO_SUBJECT_ID } from '../../../dev/fake-zendesk/index'
import { CASE_NOTE_MARKER, parseCaseNote } from '../../../src/core/case/case-note'
import { renderApp } from '../../support/render-app'
import { createTestWorkspace } from '../../support/test-workspace'
import { expectChecklistStatus, findRequestPanel, LAZY } from './checklist-helpers'

// Integration tests boot the whole app and load lazy steps through the test transform: give them time.
vi.setConfig({ testTimeout: 60_000 })

async function recordGdprRequest() {
  const user = userEvent.setup()
  const panel = await findRequestPanel()
  await user.click(await within(panel).findByRole('button', { name: /Edit request|Record this request/ }, LAZY))
  await user.click(within(panel).getByRole('checkbox', { name: 'Erasure' }))
  await user.click(within(panel).getByRole('checkbox', { name: 'Portability' }))
  fireEvent.change(within(panel).getByLabelText('Date received'), { target: { value: '2026-01-31' } })
  await user.selectOptions(within(panel).getByLabelText('Law'), 'gdpr')
  await user.selectOptions(within(panel).getByLabelText('Identity verified by'), 'email_on_file')
  await user.click(within(panel).getByRole('button', { name: 'Save request' }))
  await within(panel).findByTestId('case-saved', {}, LAZY)
  return { user, panel }
}

test('recording the request on the ticket shows the due date and stores tags and a note without personal data', async () => {
  const { fake } = await renderApp({ location: 'ticket_sidebar', ticketId: DEMO_REQUEST_TICKET_ID })
  const { panel } = await recordGdprRequest()
  // GDPR: 31 January + one month = the last day of February.
  expect(within(panel).getByTestId('case-due-date')).toHaveTextContent('Feb 28, 2026')
  const ticket = fake.state.getTicket(DEMO_REQUEST_TICKET_ID)
  expect(ticket?.tags).toEqual(
    expect.arrayContaining([
      'privacy_request',
      'privacy_type_erasure',
      'privacy_type_portability',
      'privacy_jurisdiction_gdpr',
      'privacy_received_20260131',
      'privacy_due_20260228',
      'privacy_verified_email_on_file',
    ]),
  )
  const note = fake.state.getComments(DEMO_REQUEST_TICKET_ID).at(-1)
  expect(note?.public).toBe(false)
  expect(note?.body).toContain(CASE_NOTE_MARKER)
  expect(parseCaseNote(note?.body)?.case.jurisdiction).toBe('gdpr')
  for (const personal of [DEMO_SUBJECT.name, DEMO_SUBJECT.primaryEmail, DEMO_SUBJECT.secondaryEmail, DEMO_SUBJECT.phone]) expect(note?.body).not.toContain(personal)
  // Obligations the person did not ask for are not applicable in the checklist.
  await expectChecklistStatus('correction', 'not_applicable')
  await expectChecklistStatus('erasure', 'not_started')
  // One ticket update carries both the tags and the note.
  expect(fake.writeLog.filter((w) => w.method === 'PUT' && w.path === `/api/v2/tickets/${DEMO_REQUEST_TICKET_ID}`)).toHaveLength(1)
})

test('another agent opening the ticket sees the same request and progress', async () => {
  const first = await renderApp({ location: 'ticket_sidebar', ticketId: DEMO_REQUEST_TICKET_ID })
  await recordGdprRequest()
  first.unmount()
  await renderApp({ workspace: createTestWorkspace({ fake: first.fake, agentId: DEMO_AGENT_ID, ticketId: DEMO_REQUEST_TICKET_ID }) })
  expect(await screen.findByTestId('case-due-date', {}, LAZY)).toHaveTextContent('Feb 28, 2026')
  await expectChecklistStatus('access', 'not_applicable')
  await expectChecklistStatus('portability', 'not_started')
})

test('an extension under GDPR moves the due date two months later and records the reason code', async () => {
  const { fake } = await renderApp({ location: 'ticket_sidebar', ticketId: DEMO_REQUEST_TICKET_ID })
  const { user, panel } = await recordGdprRequest()
  await user.click(within(panel).getByRole('button', { name: 'Edit request' }))
  await user.click(within(panel).getByRole('checkbox', { name: /Extend the deadline/ }))
  await user.selectOptions(within(panel).getByLabelText('Reason for the extension'), 'number_of_requests')
  await user.click(within(panel).getByRole('button', { name: 'Save request' }))
  await waitFor(() => expect(within(panel).getByTestId('case-due-date')).toHaveTextContent('Apr 30, 2026'))
  expect(within(panel).getByText(/Extended from Feb 28, 2026 \(number of requests\)/)).toBeInTheDocument()
  expect(fake.state.getTicket(DEMO_REQUEST_TICKET_ID)?.tags).toEqual(expect.arrayContaining(['privacy_extended', 'privacy_due_20260430']))
  expect(fake.state.getTicket(DEMO_REQUEST_TICKET_ID)?.tags).not.toContain('privacy_due_20260228')
})

test('CCPA asks to confirm receipt within 10 business days; LGPD offers no extension', async () => {
  await renderApp({ location: 'ticket_sidebar', ticketId: DEMO_REQUEST_TICKET_ID })
  const user = userEvent.setup()
  const panel = await findRequestPanel()
  await user.click(await within(panel).findByRole('button', { name: 'Edit request' }, LAZY))
  fireEvent.change(within(panel).getByLabelText('Date received'), { target: { value: '2026-02-27' } })
  await user.selectOptions(within(panel).getByLabelText('Law'), 'lgpd')
  expect(within(panel).getAllByText('This law allows no extension.').length).toBeGreaterThan(0)
  expect(within(panel).queryByRole('checkbox', { name: /Extend the deadline/ })).not.toBeInTheDocument()
  await user.selectOptions(within(panel).getByLabelText('Law'), 'ccpa')
  await user.click(within(panel).getByRole('button', { name: 'Save request' }))
  // Friday 27 February + 10 business days = Friday 13 March; + 45 days = 13 April.
  expect(await within(panel).findByTestId('case-acknowledge-by')).toHaveTextContent('Mar 13, 2026')
  expect(within(panel).getByTestId('case-due-date')).toHaveTextContent('Apr 13, 2026')
})

test('user sidebar: the request is kept in memory only, and the agent is told', async () => {
  const { fake } = await renderApp({ location: 'user_sidebar', userId: DEMO_SUBJECT_ID })
  const user = userEvent.setup()
  const panel = await findRequestPanel()
  expect(within(panel).getByText(/kept only while this sidebar stays open/)).toBeInTheDocument()
  await user.click(within(panel).getByRole('button', { name: 'Record this request' }))
  await user.click(within(panel).getByRole('checkbox', { name: 'Access' }))
  fireEvent.change(within(panel).getByLabelText('Date received'), { target: { value: '2026-02-20' } })
  await user.selectOptions(within(panel).getByLabelText('Law'), 'lgpd')
  await user.click(within(panel).getByRole('button', { name: 'Save request' }))
  expect(await within(panel).findByTestId('case-due-date')).toHaveTextContent('Mar 7, 2026')
  await expectChecklistStatus('objection', 'not_applicable')
  expect(fake.writeLog).toEqual([])
})

test('a light agent reads the request but cannot change it', async () => {
  await renderApp({ location: 'ticket_sidebar', ticketId: DEMO_REQUEST_TICKET_ID, agentId: DEMO_LIGHT_AGENT_ID })
  const panel = await findRequestPanel()
  expect(await within(panel).findByText('Light agents can read the request but not change it.', {}, LAZY)).toBeInTheDocument()
  expect(within(panel).queryByRole('button', { name: 'Edit request' })).not.toBeInTheDocument()
})

test('on a closed ticket, saving is refused by Zendesk and the agent is told to use a follow-up', async () => {
  const workspace = createTestWorkspace({ location: 'ticket_sidebar' })
  const closed = workspace.fake.state
    .listTicketIds()
    .map((id) => workspace.fake.state.getTicket(id))
    .find((t) => t?.status === 'closed' && t.requester_id === DEMO_SUBJECT_ID && t.deleted_at === null)
  if (!closed) throw new Error('The demo account has no closed ticket from the subject')
  await renderApp({ workspace: createTestWorkspace({ fake: workspace.fake, ticketId: closed.id }) })
  const user = userEvent.setup()
  const panel = await findRequestPanel()
  await user.click(await within(panel).findByRole('button', { name: 'Record this request' }, LAZY))
  await user.selectOptions(within(panel).getByLabelText('Law'), 'gdpr')
  await user.click(within(panel).getByRole('button', { name: 'Save request' }))
  expect(await within(panel).findByRole('alert', {}, LAZY)).toHaveTextContent('Record the request on a follow-up ticket.')
})

test('in French, the panel, the countdown and the note\'s human line follow the agent\'s language', async () => {
  const { fake } = await renderApp({ location: 'ticket_sidebar', ticketId: DEMO_REQUEST_TICKET_ID, locale: 'fr' })
  const user = userEvent.setup()
  const panel = await findRequestPanel()
  expect(within(panel).getByRole('heading', { name: 'Demande' })).toBeInTheDocument()
  await user.click(await within(panel).findByRole('button', { name: 'Modifier la demande' }, LAZY))
  fireEvent.change(within(panel).getByLabelText('Date de réception'), { target: { value: '2024-01-31' } })
  await user.selectOptions(within(panel).getByLabelText('Loi'), 'gdpr')
  await user.click(within(panel).getByRole('button', { name: 'Enregistrer la demande' }))
  expect(await within(panel).findByTestId('case-due-date', {}, LAZY)).toHaveTextContent('29 févr. 2024')
  expect(within(panel).getByText(/jours de retard/)).toBeInTheDocument()
  expect(fake.state.getComments(DEMO_REQUEST_TICKET_ID).at(-1)?.body).toMatch(/^Privacy Assistant : détails de la demande mis à jour\./)
})

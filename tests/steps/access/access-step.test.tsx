import { within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DEMO_REQUEST_TICKET_ID, DEMO_SUBJECT_ID } from '../../../dev/fake-zendesk/index'
import { parseCaseNote } from '../../../src/core/case/case-note'
import { renderApp } from '../../support/render-app'
import { expectChecklistStatus, LAZY, openStep } from '../request-case/checklist-helpers'

// Integration tests boot the whole app and load lazy steps through the test transform: give them time.
vi.setConfig({ testTimeout: 60_000 })

test('the access summary lists where the data is and the purposes the admin set', async () => {
  const { fake } = await renderApp({
    location: 'ticket_sidebar',
    ticketId: DEMO_REQUEST_TICKET_ID,
    settings: { processing_purposes: 'Customer support\nOrder delivery\n' },
  })
  const user = userEvent.setup()
  const step = await openStep(user, 'access', 'access-step')
  const summary = await within(step).findByTestId('access-summary', {}, LAZY)
  const profile = within(summary).getByRole('region', { name: 'Profile fields with data' })
  for (const field of ['Name', 'Email', 'Phone', 'External ID']) expect(within(profile).getByText(field)).toBeInTheDocument()
  const emails = fake.state.getIdentities(DEMO_SUBJECT_ID).filter((i) => i.type === 'email').length
  expect(within(summary).getByRole('region', { name: 'Identities' })).toHaveTextContent(`Email · ${emails}`)
  const organizations = fake.state.getMemberships(DEMO_SUBJECT_ID).map((m) => fake.state.getOrganization(m.organization_id)?.name ?? '')
  for (const name of organizations) expect(within(summary).getByRole('region', { name: 'Organisations' })).toHaveTextContent(name)
  const purposes = within(summary).getByRole('region', { name: 'Purposes of processing' })
  expect(within(purposes).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Customer support', 'Order delivery'])
  // Without an inventory the agent is told where the rest comes from.
  expect(within(step).getByText(/run it to complete this summary/)).toBeInTheDocument()

  await user.click(within(step).getByRole('button', { name: 'Mark access as answered' }))
  await expectChecklistStatus('access', 'done')
  expect(fake.state.getTicket(DEMO_REQUEST_TICKET_ID)?.tags).toContain('privacy_access_done')
  const note = parseCaseNote(fake.state.getComments(DEMO_REQUEST_TICKET_ID).at(-1)?.body)
  expect(note?.evidence).toMatchObject({ obligation: 'access', counts: { purposes: 2 } })
})

test('with no purposes configured, the summary says an admin can add them', async () => {
  await renderApp({ location: 'user_sidebar', userId: DEMO_SUBJECT_ID })
  const user = userEvent.setup()
  const step = await openStep(user, 'access', 'access-step')
  expect(await within(step).findByText(/No purposes are set/, {}, LAZY)).toBeInTheDocument()
})

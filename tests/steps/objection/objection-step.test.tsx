import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DEMO_AGENT_ID, DEMO_REQUEST_TICKET_ID, DEMO_SUBJECT_ID } from '../../../dev/fake-zendesk/index'
import { parseCaseNote } from '../../../src/core/case/case-note'
import { renderApp } from '../../support/render-app'
import { captureDownloads } from '../portability/capture-downloads'
import { expectChecklistStatus, LAZY, openStep } from '../request-case/checklist-helpers'

// Integration tests boot the whole app and load lazy steps through the test transform: give them time.
vi.setConfig({ testTimeout: 60_000 })
afterEach(() => vi.restoreAllMocks())

async function open(options: Parameters<typeof renderApp>[0] = { location: 'ticket_sidebar', ticketId: DEMO_REQUEST_TICKET_ID }) {
  const app = await renderApp(options)
  const user = userEvent.setup()
  const step = await openStep(user, 'objection', 'objection-step')
  return { ...app, user, step }
}

test('suspending explains the effect, needs a reason and a confirmation, and records the reason in the evidence', async () => {
  const { fake, user, step } = await open()
  expect(within(step).getByText(/stops every notification/)).toBeInTheDocument()
  expect(within(step).getByText(/suspended tickets queue/)).toBeInTheDocument()
  const suspend = within(step).getByRole('button', { name: 'Suspend user' })
  expect(suspend).toBeDisabled()
  await user.selectOptions(within(step).getByLabelText('The person objects to'), 'direct_marketing')
  await user.click(suspend)
  const dialog = within(step).getByRole('alertdialog')
  expect(dialog).toHaveTextContent('Reason: Direct marketing')
  expect(fake.state.getUser(DEMO_SUBJECT_ID)?.suspended).toBe(false)
  await user.click(within(dialog).getByRole('button', { name: 'Suspend' }))
  expect(await within(step).findByTestId('objection-notice', {}, LAZY)).toHaveTextContent('Suspended and checked in Zendesk.')
  expect(fake.state.getUser(DEMO_SUBJECT_ID)?.suspended).toBe(true)
  expect(within(step).getByTestId('objection-status')).toHaveTextContent('This user is suspended.')
  await expectChecklistStatus('objection', 'done')
  const note = parseCaseNote(fake.state.getComments(DEMO_REQUEST_TICKET_ID).at(-1)?.body)
  expect(note?.evidence).toMatchObject({ obligation: 'objection', notes: { reason: 'direct_marketing' } })
  expect(note?.evidence?.operations[0]).toMatchObject({ kind: 'suspend_user', outcome: 'done', verification: { method: 'reread_user', passed: true } })

  // The session's evidence can be downloaded too, like erasure's.
  const files = captureDownloads()
  await user.click(within(await screen.findByTestId('request-case')).getByRole('button', { name: "Download this session's evidence (1 record)" }))
  const records = JSON.parse((await files[0]?.text()) ?? '[]') as unknown[]
  expect(records).toEqual([expect.objectContaining({ schema: 'privacy-assistant.evidence/v1', obligation: 'objection', subjectUserId: DEMO_SUBJECT_ID })])
  expect(JSON.stringify(records)).not.toMatch(/@|L[ée]a/)
})

test('unsuspending says what comes back and is checked in Zendesk', async () => {
  const { fake, user, step } = await open({ location: 'user_sidebar', userId: DEMO_SUBJECT_ID })
  await user.selectOptions(within(step).getByLabelText('The person objects to'), 'notifications')
  await user.click(within(step).getByRole('button', { name: 'Suspend user' }))
  await user.click(within(within(step).getByRole('alertdialog')).getByRole('button', { name: 'Suspend' }))
  await user.click(await within(step).findByRole('button', { name: 'Unsuspend user' }, LAZY))
  expect(within(step).getByText(/Tickets already in the suspended queue stay there/)).toBeInTheDocument()
  expect(within(step).getByRole('alertdialog')).toHaveTextContent('They will receive notifications again.')
  await user.click(within(within(step).getByRole('alertdialog')).getByRole('button', { name: 'Unsuspend' }))
  expect(await within(step).findByText('Unsuspended and checked in Zendesk.', {}, LAZY)).toBeInTheDocument()
  expect(fake.state.getUser(DEMO_SUBJECT_ID)?.suspended).toBe(false)
  expect(fake.writeLog.map((w) => `${w.method} ${w.path}`)).toEqual([`PUT /api/v2/users/${DEMO_SUBJECT_ID}`, `PUT /api/v2/users/${DEMO_SUBJECT_ID}`])
})

test('an agent whose role cannot manage end users is told so, and the user stays as they were', async () => {
  const { fake, user, step } = await open({ location: 'user_sidebar', userId: DEMO_SUBJECT_ID, agentId: DEMO_AGENT_ID })
  await user.selectOptions(within(step).getByLabelText('The person objects to'), 'all_processing')
  await user.click(within(step).getByRole('button', { name: 'Suspend user' }))
  await user.click(within(within(step).getByRole('alertdialog')).getByRole('button', { name: 'Suspend' }))
  expect(await within(step).findByRole('alert', {}, LAZY)).toHaveTextContent('Suspending needs a role that can manage end users')
  expect(fake.state.getUser(DEMO_SUBJECT_ID)?.suspended).toBe(false)
})

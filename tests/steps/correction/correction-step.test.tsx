import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DEMO_REQUEST_TICKET_ID, DEMO_SHARED_USER_ID, DEMO_SUBJECT, DEMO_SUBJECT_ID } from '../../../dev/fake-zendesk/index'
import { parseCaseNote } from '../../../src/core/case/case-note'
import { renderApp } from '../../support/render-app'
import { expectChecklistStatus, LAZY, openStep } from '../request-case/checklist-helpers'

// Integration tests boot the whole app and load lazy steps through the test transform: give them time.
vi.setConfig({ testTimeout: 60_000 })

async function open(options: Parameters<typeof renderApp>[0] = { location: 'ticket_sidebar', ticketId: DEMO_REQUEST_TICKET_ID }) {
  const app = await renderApp(options)
  const user = userEvent.setup()
  const step = await openStep(user, 'correction', 'correction-step')
  return { ...app, user, step }
}

test('correcting the phone shows a before/after diff, saves after confirmation, checks Zendesk and records evidence', async () => {
  const { fake, user, step } = await open()
  const phone = within(step).getByLabelText('Phone')
  await user.clear(phone)
  await user.type(phone, '+33 7 00 00 00 01')
  await user.click(within(step).getByRole('button', { name: 'Review 1 change' }))
  const diff = within(step).getByTestId('correction-diff')
  expect(diff).toHaveTextContent(`Before: ${DEMO_SUBJECT.phone}`)
  expect(diff).toHaveTextContent('After: +33 7 00 00 00 01')
  // Nothing is written before the agent confirms.
  expect(fake.writeLog.filter((w) => w.path === `/api/v2/users/${DEMO_SUBJECT_ID}`)).toEqual([])
  await user.click(within(step).getByRole('button', { name: 'Save 1 change' }))
  expect(await within(step).findByTestId('correction-notice', {}, LAZY)).toHaveTextContent('Saved and checked in Zendesk.')
  expect(fake.state.getUser(DEMO_SUBJECT_ID)?.phone).toBe('+33 7 00 00 00 01')
  await expectChecklistStatus('correction', 'in_progress')
  const note = parseCaseNote(fake.state.getComments(DEMO_REQUEST_TICKET_ID).at(-1)?.body)
  expect(note?.change.action).toBe('correction_profile')
  expect(note?.evidence?.operations[0]).toMatchObject({ kind: 'update_user_profile', outcome: 'done', verification: { passed: true } })
  expect(note?.evidence?.notes).toEqual({ fields: 'phone' })
  expect(JSON.stringify(note)).not.toContain('+33 7 00 00 00 01')
})

test('making another email primary asks for confirmation and is checked in Zendesk', async () => {
  const { fake, user, step } = await open()
  await user.click(within(step).getByRole('button', { name: `Make ${DEMO_SUBJECT.secondaryEmail} primary` }))
  const dialog = within(step).getByRole('alertdialog')
  expect(dialog).toHaveTextContent(`Make ${DEMO_SUBJECT.secondaryEmail} the primary email address?`)
  expect(within(dialog).getByRole('button', { name: 'Make primary' })).toHaveFocus()
  await user.click(within(dialog).getByRole('button', { name: 'Make primary' }))
  expect(await within(step).findByTestId('correction-notice', {}, LAZY)).toHaveTextContent('Done and checked in Zendesk.')
  const identities = fake.state.getIdentities(DEMO_SUBJECT_ID)
  expect(identities.find((i) => i.value === DEMO_SUBJECT.secondaryEmail)?.primary).toBe(true)
  expect(identities.find((i) => i.value === DEMO_SUBJECT.primaryEmail)?.primary).toBe(false)
})

test('adding then deleting an email address', async () => {
  const { fake, user, step } = await open({ location: 'user_sidebar', userId: DEMO_SUBJECT_ID })
  await user.type(within(step).getByLabelText('Email address or phone number'), 'lea.nouvelle@example.com')
  await user.click(within(step).getByRole('button', { name: 'Add' }))
  await user.click(within(within(step).getByRole('alertdialog')).getByRole('button', { name: 'Add' }))
  await waitFor(() => expect(fake.state.getIdentities(DEMO_SUBJECT_ID).map((i) => i.value)).toContain('lea.nouvelle@example.com'), LAZY)
  await user.click(await within(step).findByRole('button', { name: 'Delete lea.nouvelle@example.com' }, LAZY))
  await user.click(within(within(step).getByRole('alertdialog')).getByRole('button', { name: 'Delete' }))
  await waitFor(() => expect(fake.state.getIdentities(DEMO_SUBJECT_ID).map((i) => i.value)).not.toContain('lea.nouvelle@example.com'), LAZY)
  // In the user sidebar there is no request ticket: nothing but the identity calls was written.
  expect(fake.writeLog.map((w) => w.method)).toEqual(['POST', 'DELETE'])
})

test('a value Zendesk refuses is explained with its reason, and nothing changes', async () => {
  const { fake, user, step } = await open({ location: 'user_sidebar', userId: DEMO_SUBJECT_ID })
  const phone = within(step).getByLabelText('Phone')
  await user.clear(phone)
  await user.type(phone, 'call me maybe')
  await user.click(within(step).getByRole('button', { name: 'Review 1 change' }))
  await user.click(within(step).getByRole('button', { name: 'Save 1 change' }))
  const alert = await within(step).findByRole('alert', {}, LAZY)
  expect(alert).toHaveTextContent('Zendesk refused the change')
  expect(alert).toHaveTextContent('Phone: is invalid')
  expect(fake.state.getUser(DEMO_SUBJECT_ID)?.phone).toBe(DEMO_SUBJECT.phone)
})

test('a user shared from another account is flagged, and Zendesk\'s 403 is explained as such', async () => {
  const { user, step } = await open({ location: 'user_sidebar', userId: DEMO_SHARED_USER_ID })
  expect(within(step).getByText(/shared from another Zendesk account/)).toBeInTheDocument()
  const name = within(step).getByLabelText('Name')
  await user.type(name, ' Jr')
  await user.click(within(step).getByRole('button', { name: 'Review 1 change' }))
  await user.click(within(step).getByRole('button', { name: 'Save 1 change' }))
  expect(await within(step).findByRole('alert', {}, LAZY)).toHaveTextContent('correct their data in the account they come from')
})

test('with nothing edited there is nothing to review', async () => {
  const { step } = await open({ location: 'user_sidebar', userId: DEMO_SUBJECT_ID })
  expect(within(step).getByRole('button', { name: 'Review 0 changes' })).toBeDisabled()
  expect(screen.getByText('Edit a field to correct it.')).toBeInTheDocument()
})

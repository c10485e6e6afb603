import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DEMO_ADMIN_ID, DEMO_PLANTED, REDACTION_CHAR } from '../../../dev/fake-zendesk/index'
import { renderApp } from '../../support/render-app'

/** Ticket 48: pending, requested by the subject, with her phone and a second email, and an ID card scan. */
const TICKET = 48
const ID_CARD = DEMO_PLANTED.attachments.find((a) => a.ticketId === TICKET)

beforeEach(() => sessionStorage.clear())

async function openQuickActions() {
  const app = await renderApp({ location: 'ticket_sidebar', ticketId: TICKET, agentId: DEMO_ADMIN_ID, settings: { requests_per_minute: 100_000 } })
  const panel = await screen.findByRole('region', { name: 'Quick actions on this ticket' }, { timeout: 10_000 })
  await within(panel).findByText('Findings to redact:', {}, { timeout: 10_000 })
  return { ...app, panel }
}

async function applyPreview(panel: HTMLElement) {
  const user = userEvent.setup()
  await user.click(within(panel).getByRole('button', { name: 'Preview' }))
  const preview = await within(panel).findByTestId('quick-preview')
  await user.click(within(preview).getByRole('checkbox', { name: /cannot be undone/ }))
  await user.click(within(preview).getByRole('button', { name: 'Apply' }))
  await within(panel).findByRole('button', { name: 'Done' }, { timeout: 15_000 })
  return preview
}

test('redacts the selected findings of this ticket, with the before/after first, and verifies it', async () => {
  const user = userEvent.setup()
  const { panel, fake } = await openQuickActions()
  const email = within(panel).getByRole('checkbox', { name: /lea\.m\.perso@example\.org/ })
  await user.click(email)
  await user.click(within(panel).getByRole('button', { name: 'Preview' }))
  const preview = await within(panel).findByTestId('quick-preview')
  expect(within(preview).getByTestId('preview-before').textContent).toContain('lea.m.perso@example.org')
  expect(within(preview).getByTestId('preview-after').textContent).not.toContain('lea.m.perso@example.org')
  expect(within(preview).getByTestId('preview-after').textContent).toContain(REDACTION_CHAR)
  fake.clearWriteLog()
  await user.click(within(preview).getByRole('checkbox', { name: /cannot be undone/ }))
  await user.click(within(preview).getByRole('button', { name: 'Apply' }))
  await within(panel).findByRole('button', { name: 'Done' }, { timeout: 15_000 })
  expect(within(panel).getByTestId('outcome-list')).toHaveTextContent(/Verified: the comment was read again/)
  expect(fake.writeLog.map((w) => `${w.method} ${w.path}`)).toEqual([expect.stringMatching(/^PUT \/api\/v2\/comment_redactions\/\d+$/)])
  const text = fake.state.getComments(TICKET).map((c) => c.plain_body).join('\n')
  expect(text).not.toContain('lea.m.perso@example.org')
  expect(text).toContain('06 12 34 56 78')
})

test('redacts an attachment of this ticket', async () => {
  const user = userEvent.setup()
  const { panel, fake } = await openQuickActions()
  await user.click(within(panel).getByRole('checkbox', { name: `Redact ${ID_CARD?.fileName}` }))
  await applyPreview(panel)
  expect(fake.state.getAttachment(ID_CARD?.attachmentId ?? 0)?.file_name).toBe('redacted.txt')
})

test('moves this ticket to deleted, then restores it from the app', async () => {
  const user = userEvent.setup()
  const { panel, fake } = await openQuickActions()
  await user.click(within(panel).getByRole('checkbox', { name: /Move ticket #48 to deleted/ }))
  await applyPreview(panel)
  expect(fake.state.isTicketDeleted(TICKET)).toBe(true)
  expect(fake.writeLog.some((w) => w.path.startsWith('/api/v2/deleted_tickets'))).toBe(false)

  await user.click(within(panel).getByRole('button', { name: 'Done' }))
  const restore = await within(panel).findByTestId('restore-tickets', {}, { timeout: 10_000 })
  expect(restore).toHaveTextContent('Ticket #48')
  await user.click(within(restore).getByRole('button', { name: 'Restore' }))
  await within(panel).findByRole('button', { name: 'Done' }, { timeout: 15_000 })
  await waitFor(() => expect(fake.state.isTicketDeleted(TICKET)).toBe(false))
  expect(within(panel).getByTestId('outcome-list')).toHaveTextContent(/Verified: the ticket is back/)
})

import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createFakeZendesk, DEMO_ADMIN_ID, DEMO_AGENT_ID, DEMO_PLANTED, DEMO_REQUEST_TICKET_ID, DEMO_SUBJECT_ID, REDACTION_CHAR } from '../../../dev/fake-zendesk/index'
import type { ErasureJournal } from '../../../src/core/erasure/erasure-journal'
import { expectOnlyConfirmedWrites } from '../../zendesk/erasure-write-guard'
import { demoInventory } from '../../zendesk/erasure-kit'
import { renderErasure } from './render-erasure'

/** Tickets: 37 (solved, someone else's), 40 (hold), 14 (closed, passport), 17 (IBAN in the subject line). */
const TICKETS = [14, 17, 37, 40]

beforeEach(() => sessionStorage.clear())

test('shows the plan grouped by ticket, with the exact before/after and the reasons', async () => {
  const user = userEvent.setup()
  await renderErasure({ agentId: DEMO_ADMIN_ID, inventory: (fake) => demoInventory(fake, TICKETS) })
  const plan = await screen.findByTestId('erasure-plan')
  const group = within(plan).getByRole('region', { name: 'Ticket #37' })
  expect(within(group).getByText(/Redact comment \d+ in ticket #37/)).toBeInTheDocument()
  expect(within(plan).getByRole('region', { name: 'Ticket #17' })).toHaveTextContent('personal data in the subject line')
  await user.click(within(group).getAllByRole('button', { name: 'Show before/after' })[0] as HTMLElement)
  const after = within(group).getAllByTestId('preview-after')[0] as HTMLElement
  expect(after.textContent).toContain(REDACTION_CHAR)
  expect(within(group).getAllByTestId('preview-before')[0]?.textContent).not.toContain(REDACTION_CHAR)
})

test('dropping an item removes it from the plan and it can be put back', async () => {
  const user = userEvent.setup()
  await renderErasure({ agentId: DEMO_ADMIN_ID, inventory: (fake) => demoInventory(fake, TICKETS) })
  const group = await screen.findByRole('region', { name: 'Ticket #40' })
  const [drop] = within(group).getAllByRole('button', { name: /^Drop from the plan/ })
  await user.click(drop as HTMLElement)
  await waitFor(() => expect(within(group).getByText(/dropped from the plan/)).toBeInTheDocument())
  await user.click(within(group).getByRole('button', { name: /^Put back in the plan/ }))
  await waitFor(() => expect(within(group).queryByText(/dropped from the plan/)).not.toBeInTheDocument())
})

test('an admin confirms by typing the word, runs the erasure, sees verification and downloads the evidence', async () => {
  const user = userEvent.setup()
  const { fake } = await renderErasure({ agentId: DEMO_ADMIN_ID, inventory: (f) => demoInventory(f, TICKETS) })
  const confirm = await screen.findByTestId('erasure-confirm')
  const start = within(confirm).getByRole('button', { name: 'Start the erasure' })
  expect(start).toBeDisabled()
  await user.click(within(confirm).getByRole('checkbox', { name: /cannot be undone/ }))
  expect(start).toBeDisabled()
  await user.type(within(confirm).getByTestId('typed-confirmation'), 'delete')
  expect(start).toBeEnabled()
  fake.clearWriteLog()
  await user.click(start)

  await screen.findByText('Erasure finished', {}, { timeout: 15_000 })
  expect(screen.getByTestId('run-counts')).toHaveTextContent(/done, 0 failed/)
  expect(screen.getByTestId('verification-summary')).toHaveTextContent(/verified by reading Zendesk again/)
  const outcomes = screen.getByTestId('outcome-list')
  expect(within(outcomes).getAllByText('Done').length).toBeGreaterThan(3)
  expect(within(outcomes).getAllByText(/Verified: the comment was read again/).length).toBeGreaterThan(0)
  expect(fake.state.isTicketPermanentlyDeleted(17)).toBe(true)
  expect(fake.state.getComments(37).some((c) => c.plain_body.includes(REDACTION_CHAR))).toBe(true)

  const createObjectURL = vi.fn(() => 'blob:evidence')
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
  await user.click(screen.getByRole('button', { name: 'Download evidence (JSON)' }))
  expect(createObjectURL).toHaveBeenCalledTimes(1)
  expect(screen.getByText('The evidence file was downloaded.')).toBeInTheDocument()
  expect(fake.writeLog.every((w) => w.status < 400)).toBe(true)
})

test('an agent without delete permission sees what an admin must do, and cannot start anything', async () => {
  const fake = createFakeZendesk()
  fake.updateSettings({ agentsCanDelete: false })
  await renderErasure({ agentId: DEMO_AGENT_ID, fake, inventory: (f) => demoInventory(f, TICKETS) })
  const admin = await screen.findByTestId('admin-actions')
  expect(admin).toHaveTextContent('What an admin must do')
  expect(admin).toHaveTextContent(/Permanently delete ticket #17/)
  expect(admin).toHaveTextContent(`Delete user ${DEMO_SUBJECT_ID}, then delete them permanently`)
  expect(screen.getByRole('button', { name: 'Start the erasure' })).toBeDisabled()
  expect(fake.writeLog).toEqual([])
})

test('the user deletion preflight explains the blockers and offers the fix the API allows', async () => {
  const user = userEvent.setup()
  await renderErasure({ agentId: DEMO_ADMIN_ID, inventory: (f) => demoInventory(f) })
  const preflight = await screen.findByTestId('user-preflight')
  expect(preflight).toHaveTextContent(/requester of 12 tickets that are not closed/)
  expect(preflight).toHaveTextContent('Solved is not closed')
  expect(screen.getByTestId('user-deletion-status')).toHaveTextContent('cannot be deleted yet')
  await user.click(within(preflight).getByRole('checkbox', { name: 'Delete those 12 tickets too' }))
  await waitFor(() => expect(screen.getByTestId('user-deletion-status')).toHaveTextContent('deleted, then permanently deleted'))
})

test('closing the sidebar mid-run and opening it again continues without redoing anything', async () => {
  const user = userEvent.setup()
  const first = await renderErasure({ agentId: DEMO_ADMIN_ID, inventory: (f) => demoInventory(f, TICKETS) })
  const confirm = await screen.findByTestId('erasure-confirm')
  await user.click(within(confirm).getByRole('checkbox', { name: /cannot be undone/ }))
  await user.type(within(confirm).getByTestId('typed-confirmation'), 'DELETE')
  first.fake.clearWriteLog()
  await user.click(within(confirm).getByRole('button', { name: 'Start the erasure' }))
  await waitFor(() => expect(first.fake.writeLog.length).toBeGreaterThanOrEqual(2))
  first.unmount()
  const writesAtClose = first.fake.writeLog.length

  const second = first.remount()
  const again = await within(second.container).findByRole('button', { name: 'Continue' }, { timeout: 10_000 })
  await user.click(again)
  await within(second.container).findByText('Erasure finished', {}, { timeout: 15_000 })
  const redactions = first.fake.writeLog.filter((w) => w.path.startsWith('/api/v2/comment_redactions/') && w.status === 200).map((w) => w.path)
  expect(new Set(redactions).size).toBe(redactions.length)
  expect(first.fake.writeLog.length).toBeGreaterThanOrEqual(writesAtClose)
  expect(first.fake.state.isTicketPermanentlyDeleted(17)).toBe(true)
})

test('speaks the agent language (French)', async () => {
  await renderErasure({ agentId: DEMO_ADMIN_ID, locale: 'fr', inventory: (f) => demoInventory(f, TICKETS) })
  expect(await screen.findByRole('button', { name: "Lancer l'effacement" })).toBeDisabled()
  expect(screen.getByRole('region', { name: 'Ticket n° 17' })).toHaveTextContent("données personnelles dans l'objet")
})

test('in the ticket sidebar the evidence can be added as an internal note on the request ticket, without personal data', async () => {
  const user = userEvent.setup()
  const { fake } = await renderErasure({ agentId: DEMO_ADMIN_ID, location: 'ticket_sidebar', ticketId: DEMO_REQUEST_TICKET_ID, inventory: (f) => demoInventory(f, [37, 40]) })
  const confirm = await screen.findByTestId('erasure-confirm')
  await user.click(within(confirm).getByRole('checkbox', { name: /cannot be undone/ }))
  await user.click(within(confirm).getByRole('button', { name: 'Start the erasure' }))
  await screen.findByText('Erasure finished', {}, { timeout: 15_000 })
  const journal = JSON.parse(sessionStorage.getItem(`privacy-assistant.erasure.journal.erasure:${DEMO_SUBJECT_ID}`) ?? 'null') as ErasureJournal
  const notesBefore = fake.state.getComments(DEMO_REQUEST_TICKET_ID).length

  await user.click(screen.getByRole('button', { name: `Add as internal note on ticket #${DEMO_REQUEST_TICKET_ID}` }))
  await screen.findByText(`Evidence added as an internal note on ticket #${DEMO_REQUEST_TICKET_ID}.`)
  const comments = fake.state.getComments(DEMO_REQUEST_TICKET_ID)
  expect(comments).toHaveLength(notesBefore + 1)
  const note = comments.at(-1)
  expect(note?.public).toBe(false)
  expect(note?.plain_body).toContain('Privacy Assistant — erasure evidence')
  expect(note?.plain_body).toContain(`Data subject: user ${DEMO_SUBJECT_ID}`)
  for (const o of DEMO_PLANTED.occurrences.filter((x) => [37, 40].includes(x.ticketId))) expect(note?.plain_body).not.toContain(o.value)
  expectOnlyConfirmedWrites(fake, journal, { evidenceNoteTicketId: DEMO_REQUEST_TICKET_ID })
  // Added once: the button is gone (the journal remembers it, so a reload does not offer it again).
  expect(screen.queryByRole('button', { name: /Add as internal note/ })).not.toBeInTheDocument()
})

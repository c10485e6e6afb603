import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { DEMO_PLANTED } from '../../../dev/fake-zendesk/index'
import InventoryPanel from '../../../src/steps/inventory/inventory-panel'
import ThisTicketPanel from '../../../src/steps/this-ticket/this-ticket-panel'
import { renderWithInventory } from './render-inventory'

/** Findings in ticket custom fields are named by the field's title (GET /ticket_fields, loaded once), or by id. */

const IBAN_FIELD_ID = 360002
const IBAN_FIELD_TITLE = 'Refund account (IBAN)'
const planted = DEMO_PLANTED.occurrences.find((o) => o.commentId === 'custom_field' && o.fieldId === IBAN_FIELD_ID)
if (!planted) throw new Error('the demo seed has no finding in the refund IBAN field')
const FIELD_TICKET_ID = planted.ticketId

type View = Awaited<ReturnType<typeof renderWithInventory>>
const fieldReads = (view: View) => view.fake.requestLog.filter((r) => r.path.startsWith('/api/v2/ticket_fields')).length

async function scannedInventory(setup?: (view: View) => void) {
  const view = await renderWithInventory(<InventoryPanel />)
  setup?.(view)
  const user = userEvent.setup()
  const start = screen.getByRole('button', { name: view.t('inventory.scan.start') })
  await waitFor(() => expect(start).toBeEnabled(), { timeout: 10_000 })
  await user.click(start)
  await screen.findByText(view.t('inventory.scan.status.finished'), {}, { timeout: 15_000 })
  return { view, user }
}

/** Moves through the (windowed) review listbox with ↓ until the active finding matches; false at the end. */
function activateFinding(matches: (findingId: string) => boolean): boolean {
  const list = screen.getByRole('listbox')
  list.focus()
  let previous: string | null = null
  for (let step = 0; step < 1000; step += 1) {
    const activeId = document.getElementById(list.getAttribute('aria-activedescendant') ?? '')?.getAttribute('data-finding-id') ?? null
    if (activeId !== null && matches(activeId)) return true
    if (step > 0 && activeId === previous) return false
    previous = activeId
    fireEvent.keyDown(list, { key: 'ArrowDown' })
  }
  return false
}

const isIbanField = (id: string) => id.includes(`:field-${IBAN_FIELD_ID}:`)

function detailsPane(): HTMLElement {
  const title = document.getElementById('inventory-details-title')
  if (!title?.parentElement) throw new Error('no finding details shown')
  return title.parentElement
}

test('the inventory shows a custom-field finding under the field title, loading the titles once and only when needed', async () => {
  const { view } = await scannedInventory()
  expect(fieldReads(view)).toBe(0)
  expect(activateFinding(isIbanField)).toBe(true)
  const expected = view.t('inventory.location.custom_field_titled', { title: IBAN_FIELD_TITLE })
  await waitFor(() => expect(detailsPane()).toHaveTextContent(expected))
  expect(detailsPane()).not.toHaveTextContent(view.t('inventory.location.custom_field', { field: String(IBAN_FIELD_ID) }))
  // Coming back to it from the top (past any other custom-field finding) does not read the titles again.
  fireEvent.keyDown(screen.getByRole('listbox'), { key: 'Home' })
  expect(activateFinding(isIbanField)).toBe(true)
  expect(detailsPane()).toHaveTextContent(expected)
  expect(fieldReads(view)).toBe(1)
})

test('when the field titles cannot be read, the inventory falls back to the field id', async () => {
  const { view } = await scannedInventory((v) => v.fake.failNext({ path: '/api/v2/ticket_fields', status: 403 }))
  expect(activateFinding(isIbanField)).toBe(true)
  await waitFor(() => expect(fieldReads(view)).toBe(1))
  expect(detailsPane()).toHaveTextContent(view.t('inventory.location.custom_field', { field: String(IBAN_FIELD_ID) }))
  expect(detailsPane()).not.toHaveTextContent(IBAN_FIELD_TITLE)
})

test('the ticket sidebar names the field by its title too, in the agent\'s language', async () => {
  const view = await renderWithInventory(<ThisTicketPanel />, { location: 'ticket_sidebar', ticketId: FIELD_TICKET_ID, uiLocale: 'fr' })
  const list = await screen.findByRole('list', { name: view.t('thisTicket.listLabel') }, { timeout: 10_000 })
  const item = list.querySelector<HTMLElement>(`[data-finding-id*=":field-${IBAN_FIELD_ID}:"]`)
  if (!item) throw new Error('no finding in the IBAN field')
  await waitFor(() => expect(item).toHaveTextContent(view.t('thisTicket.where.fieldTitled', { title: IBAN_FIELD_TITLE })))
  expect(item).toHaveTextContent('dans le champ « Refund account (IBAN) »')
  expect(fieldReads(view)).toBe(1)
})

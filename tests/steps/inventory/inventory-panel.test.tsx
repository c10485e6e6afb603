import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { DEMO_AGENT_ID } from '../../../dev/fake-zendesk/index'
import InventoryPanel from '../../../src/steps/inventory/inventory-panel'
import { renderWithInventory } from './render-inventory'

/** Start is enabled once the inventory engine chunk has loaded (a moment after the first paint). */
async function startScan(t: (key: string) => string, user: ReturnType<typeof userEvent.setup>) {
  const start = screen.getByRole('button', { name: t('inventory.scan.start') })
  await waitFor(() => expect(start).toBeEnabled(), { timeout: 10_000 })
  await user.click(start)
}

async function scanned(options: Parameters<typeof renderWithInventory>[1] = {}) {
  const view = await renderWithInventory(<InventoryPanel />, options)
  const user = userEvent.setup()
  await startScan(view.t, user)
  await screen.findByText(view.t('inventory.scan.status.finished'), {}, { timeout: 15_000 })
  return { ...view, user }
}

test('shows the search terms built from the profile, and lets the agent switch one off, remove one and add one', async () => {
  const { t } = await renderWithInventory(<InventoryPanel />)
  const user = userEvent.setup()
  const terms = screen.getByRole('region', { name: t('inventory.terms.title') })
  expect(await within(terms).findByRole('checkbox', { name: /lea\.martin@example\.com/ }, { timeout: 10_000 })).toBeChecked()
  expect(within(terms).getByRole('checkbox', { name: /\+33612345678/ })).toBeChecked()
  await user.click(within(terms).getByRole('checkbox', { name: /Lea M\./ }))
  expect(within(terms).getByRole('checkbox', { name: /Lea M\./ })).not.toBeChecked()
  await user.click(within(terms).getByRole('button', { name: t('inventory.terms.removeLabel', { term: 'CRM-LM-0042' }) }))
  expect(within(terms).queryByRole('checkbox', { name: /CRM-LM-0042/ })).toBeNull()
  await user.type(within(terms).getByRole('textbox', { name: t('inventory.terms.value') }), '12 rue des Lilas')
  await user.click(within(terms).getByRole('button', { name: t('inventory.terms.add') }))
  expect(within(terms).getByRole('checkbox', { name: /12 rue des Lilas/ })).toBeChecked()
})

test('scans, then shows progress counts, the summary per type and per status, and the files', async () => {
  const { t } = await scanned()
  expect(screen.getByText(new RegExp(t('inventory.progress.tickets', { scanned: 35, count: 35 })))).toBeInTheDocument()
  const byType = screen.getByRole('table', { name: t('inventory.summary.byType') })
  expect(within(byType).getByRole('row', { name: new RegExp(`^${t('inventory.piiType.EMAIL')}`) })).toBeInTheDocument()
  const byStatus = screen.getByRole('table', { name: t('inventory.summary.byStatus') })
  expect(within(byStatus).getByRole('row', { name: new RegExp(`^${t('inventory.status.open')}`) })).toBeInTheDocument()
  const files = screen.getByRole('region', { name: t('inventory.files.title', { count: 8 }) })
  expect(within(files).getByText('passport_scan.jpg')).toBeInTheDocument()
  expect(within(files).getAllByText(t('inventory.files.identityDocument'))).toHaveLength(2)
})

test('the review is a keyboard-driven listbox: move, confirm with Enter, unmark with Delete, see the finding in context', async () => {
  const { t, user } = await scanned()
  const list = screen.getByRole('listbox')
  list.focus()
  await user.keyboard('{ArrowDown}')
  const active = () => document.getElementById(list.getAttribute('aria-activedescendant') ?? '')
  expect(active()).toHaveAttribute('aria-selected', 'true')
  const details = screen.getByRole('region', { name: new RegExp(t('inventory.review.profileGroup')) })
  expect(within(details).getByRole('button', { name: t('inventory.review.confirm') })).toBeEnabled()
  await user.keyboard('{Enter}')
  expect(active()).toHaveAccessibleName(new RegExp(t('inventory.review.state.confirmed')))
  await user.keyboard('{ArrowDown}{Delete}')
  expect(active()).toHaveAccessibleName(new RegExp(t('inventory.review.state.dismissed')))
  await user.click(screen.getByRole('button', { name: t('inventory.review.by.type') }))
  expect(screen.getByRole('button', { name: t('inventory.review.by.type') })).toHaveAttribute('aria-pressed', 'true')
  expect(screen.getByText(new RegExp(t('inventory.summary.dismissed', { count: 1 })))).toBeInTheDocument()
})

test('found values are shown masked in their context: the review never shows a raw value', async () => {
  const { t, user } = await scanned()
  const review = screen.getByRole('region', { name: t('inventory.review.title') })
  for (const key of ['{ArrowDown}', '{End}', '{Home}', '{PageDown}']) {
    screen.getByRole('listbox').focus()
    await user.keyboard(key)
    expect(review.textContent).not.toContain('lea.martin@example.com')
    expect(review.textContent).not.toContain('FR76 3000 4000 0304 5678 9123 446')
    expect(review.textContent).not.toContain('06 12 34 56 78')
  }
  expect(review.textContent).toMatch(/•/)
})

test('an admin adds a value to the account ignore list through the app settings, and it leaves the inventory', async () => {
  const { t, user, fake } = await scanned()
  const countBefore = screen.getByRole('listbox').getAttribute('aria-label')
  screen.getByRole('listbox').focus()
  await user.keyboard('{ArrowDown}')
  await user.click(screen.getByRole('button', { name: t('inventory.review.alwaysIgnore') }))
  await waitFor(() => expect(fake.writeLog.filter((w) => w.path.startsWith('/api/v2/apps/installations/'))).toHaveLength(1))
  expect(fake.writeLog.at(-1)).toMatchObject({ method: 'PUT', path: '/api/v2/apps/installations/9100001', status: 200, body: { settings: { ignored_values: '12 rue des Lilas, 75011 Paris' } } })
  // The address was in the profile details and in two tickets: all three leave the review.
  await waitFor(() => expect(screen.getByRole('listbox').getAttribute('aria-label')).not.toBe(countBefore))
  const before = Number(/\d+/.exec(countBefore ?? '')?.[0])
  expect(screen.getByRole('listbox')).toHaveAccessibleName(t('inventory.review.listLabel', { count: before - 3 }))
})

test('an agent cannot change the ignore list and is told why', async () => {
  const { t, user } = await scanned({ agentId: DEMO_AGENT_ID })
  screen.getByRole('listbox').focus()
  await user.keyboard('{ArrowDown}')
  expect(screen.getByRole('button', { name: t('inventory.review.alwaysIgnore') })).toBeDisabled()
  expect(screen.getByText(t('inventory.review.ignoreNeedsAdmin'))).toBeInTheDocument()
})

test('cancel shows what was read so far and offers resume, in French', async () => {
  const view = await renderWithInventory(<InventoryPanel />, { uiLocale: 'fr' })
  const user = userEvent.setup()
  await startScan(view.t, user)
  await user.click(await screen.findByRole('button', { name: view.t('inventory.scan.cancel') }))
  await screen.findByText(view.t('inventory.scan.status.cancelled'))
  await user.click(screen.getByRole('button', { name: view.t('inventory.scan.resume') }))
  await screen.findByText(view.t('inventory.scan.status.finished'), {}, { timeout: 15_000 })
  expect(screen.getByRole('heading', { name: 'Inventaire des données personnelles' })).toBeInTheDocument()
})

test('what could not be read is listed with the reason', async () => {
  const view = await renderWithInventory(<InventoryPanel />)
  view.fake.failNext({ path: '/api/v2/tickets/62/comments', status: 403, body: { error: 'Forbidden', description: 'Restricted' } })
  const user = userEvent.setup()
  await startScan(view.t, user)
  const alert = await screen.findByRole('alert', {}, { timeout: 15_000 })
  expect(alert).toHaveTextContent(view.t('inventory.unreadable.what.comments', { id: 62 }))
  expect(alert).toHaveTextContent(view.t('inventory.unreadable.reason.forbidden', { status: 403 }))
  expect(screen.getByRole('button', { name: view.t('inventory.scan.resume') })).toBeInTheDocument()
})

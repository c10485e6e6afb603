import type { Browser, Frame } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_REQUEST_TICKET_ID, DEMO_SUBJECT_ID } from '../../dev/fake-zendesk/index'
import type { Inventory } from '../../src/core/inventory/inventory-types'
import { createScanHarness } from '../zendesk/scan-harness'
import { e2eEnvironment } from './support/e2e-environment'
import { screenshot } from './support/screenshots'
import { translation } from './support/translations'
import { connectBrowser, openWorkspace, waitForAppText } from './support/workspace-page'

// The inventory in the real browser: the production build in the local Agent Workspace, through the real
// ZAF SDK and request bridge. The same scan in Node is checked against the seed's answer key
// (tests/zendesk/scan-inventory.test.ts); here the browser must reach exactly the same inventory.

let browser: Browser
let expected: Inventory
beforeAll(async () => {
  browser = await connectBrowser()
  const harness = await createScanHarness()
  expected = harness.inventory((await harness.scan()).checkpoint)
})
afterAll(async () => {
  await browser?.close()
})

type File = 'en' | 'fr' | 'pt-br' | 'es'
const text = (file: File, key: string) => translation(e2eEnvironment().root, file, key)

async function runScan(frame: Frame, file: File): Promise<void> {
  await frame.getByRole('button', { name: text(file, 'inventory.scan.start') }).click()
  await frame.getByText(text(file, 'inventory.scan.status.finished')).waitFor({ timeout: 60_000 })
}

/** The number in the review listbox's accessible name ("{{count}} findings"). */
async function findingCount(frame: Frame): Promise<number> {
  const label = (await frame.getByRole('listbox').getAttribute('aria-label')) ?? ''
  return Number(/\d+/.exec(label)?.[0] ?? NaN)
}

describe('the personal-data inventory in the browser', () => {
  it('user sidebar (en): finds what the Node scan found, masked, with files and summary', async () => {
    const session = await openWorkspace(browser, { location: 'user_sidebar', id: DEMO_SUBJECT_ID, locale: 'en' })
    try {
      const frame = await waitForAppText(session.page, text('en', 'inventory.title'))
      await runScan(frame, 'en')
      expect(await findingCount(frame)).toBe(expected.findings.length)
      const tickets = expected.tickets.length
      await frame.getByText(`${tickets} of ${tickets} tickets scanned`).first().waitFor()
      await expect(frame.getByText('passport_scan.jpg').isVisible()).resolves.toBe(true)
      await expect(frame.getByText(text('en', 'inventory.files.identityDocument')).count()).resolves.toBe(2)
      const review = frame.getByRole('region', { name: text('en', 'inventory.review.title') })
      await frame.getByRole('listbox').focus()
      await session.page.keyboard.press('End')
      await expect(review.textContent()).resolves.not.toContain('lea.martin@example.com')
      await session.page.keyboard.press('Home')
      await session.page.keyboard.press('Enter')
      await expect(frame.getByRole('listbox').getByRole('option', { selected: true }).getAttribute('aria-label')).resolves.toContain(text('en', 'inventory.review.state.confirmed'))
      expect(session.diagnostics.from(session.appOrigin)).toEqual([])
      await screenshot(session.page.locator('#apps-sidebar'), e2eEnvironment().root, 'inventory-user-sidebar-en')
    } finally {
      await session.close()
    }
  })

  it('ticket sidebar (fr): this ticket live view, then the requester inventory, in French', async () => {
    const session = await openWorkspace(browser, { location: 'ticket_sidebar', id: DEMO_REQUEST_TICKET_ID, locale: 'fr' })
    try {
      const frame = await waitForAppText(session.page, text('fr', 'thisTicket.title'))
      const thisTicket = frame.getByRole('list', { name: text('fr', 'thisTicket.listLabel') })
      await thisTicket.waitFor()
      const inTicket = expected.findings.filter((f) => f.ticketId === DEMO_REQUEST_TICKET_ID).length
      await expect(thisTicket.locator('[data-finding-id]').count()).resolves.toBe(inTicket)
      await runScan(frame, 'fr')
      expect(await findingCount(frame)).toBe(expected.findings.length)
      await expect(frame.getByRole('heading', { name: text('fr', 'inventory.review.title') }).isVisible()).resolves.toBe(true)
      await expect(frame.getByText(text('en', 'inventory.title')).count()).resolves.toBe(0)
      expect(session.diagnostics.from(session.appOrigin)).toEqual([])
      await screenshot(session.page.locator('#apps-sidebar'), e2eEnvironment().root, 'inventory-ticket-sidebar-fr')
    } finally {
      await session.close()
    }
  })
})

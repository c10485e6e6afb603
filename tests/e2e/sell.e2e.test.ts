import type { Browser, Download, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_REQUEST_TICKET_ID, DEMO_SUBJECT } from '../../dev/fake-zendesk/index'
import { DEMO_SELL_IDS, DEMO_SELL_TOKEN } from '../../dev/fake-sell/index'
import { privacyExportSchema, type PrivacyExport } from '../../src/core/export/export-schema'
import { sellExportSectionSchema } from '../../src/core/sell/sell-export'
import { e2eEnvironment } from './support/e2e-environment'
import { screenshot } from './support/screenshots'
import { translation } from './support/translations'
import { connectBrowser, openWorkspace, waitForAppText } from './support/workspace-page'
import { checkGardenBox } from './support/garden-checkbox'

// Issue 7's acceptance in the real browser: with the Sell setting on (the demo installation's default),
// the production build in the local Agent Workspace finds the demo subject's Sell contact and lead,
// exports them, and deletes them through the erasure flow, verified by a 404 — all through the real ZAF
// SDK and the host's proxy, which alone swaps the secure token in.

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const text = (key: string, vars: Record<string, string | number> = {}) =>
  Object.entries(vars).reduce((s, [name, value]) => s.replaceAll(`{{${name}}}`, String(value)), translation(e2eEnvironment().root, 'en', key))

async function openObligation(frame: Frame, obligation: string, testId: string) {
  await frame.locator(`li[data-obligation="${obligation}"] > button`).click()
  const step = frame.getByTestId(testId)
  await step.waitFor({ timeout: 30_000 })
  return step
}

async function closeObligation(frame: Frame, obligation: string) {
  await frame.locator(`li[data-obligation="${obligation}"] > button`).click()
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()])
  const chunks: Buffer[] = []
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array))
  return { download, text: Buffer.concat(chunks).toString('utf8') }
}

describe('Zendesk Sell in the browser', () => {
  it('shows, exports and deletes the demo subject\'s Sell contact and lead, verified', async () => {
    const session = await openWorkspace(browser, { location: 'ticket_sidebar', id: DEMO_REQUEST_TICKET_ID, locale: 'en' })
    const { page } = session
    try {
      expect(await page.evaluate(() => window.__workspace?.installation.settings.sell_enabled)).toBe(true)
      const frame = await waitForAppText(page, DEMO_SUBJECT.name)

      // Access: the Sell section lists the contact and both leads with their related items.
      const access = await openObligation(frame, 'access', 'access-step')
      const sell = access.getByTestId('sell-access')
      await access.locator('[data-testid="sell-access"][data-status="ready"]').waitFor({ timeout: 30_000 })
      const records = sell.getByTestId('sell-record')
      await expect(records.count()).resolves.toBe(3)
      const contact = sell.locator(`[data-testid="sell-record"][data-kind="contact"][data-id="${DEMO_SELL_IDS.contact}"]`)
      await expect(contact.textContent()).resolves.toContain(DEMO_SUBJECT.name)
      await expect(contact.textContent()).resolves.toContain(text('sell.related.notes_other', { count: 2 }))
      await expect(sell.locator(`[data-testid="sell-record"][data-kind="lead"][data-id="${DEMO_SELL_IDS.lead}"]`).count()).resolves.toBe(1)
      await expect(sell.textContent()).resolves.toContain(text('sell.integrationNotice'))
      await screenshot(sell, e2eEnvironment().root, 'sell-access-en')
      await closeObligation(frame, 'access')

      // Portability: the JSON export and the HTML report hold the Sell records and their items.
      const portability = await openObligation(frame, 'portability', 'portability-step')
      await portability.getByRole('button', { name: text('portability.build') }).click()
      await portability.getByTestId('portability-ready').waitFor({ timeout: 120_000 })
      await expect(portability.getByTestId('sell-export-note').getAttribute('data-status')).resolves.toBe('included')
      const json = await downloadText(page, () => portability.getByRole('button', { name: text('portability.downloadJson') }).click())
      const document = JSON.parse(json.text) as PrivacyExport
      expect(privacyExportSchema.safeParse(document).success).toBe(true)
      const section = sellExportSectionSchema.parse(document.sell)
      expect(section.records.map((r) => `${r.kind}:${r.id}`)).toEqual(expect.arrayContaining([`contact:${DEMO_SELL_IDS.contact}`, `lead:${DEMO_SELL_IDS.lead}`]))
      const exported = section.records.find((r) => r.kind === 'contact')
      expect(exported?.data.email).toBe(DEMO_SUBJECT.primaryEmail)
      expect(Object.keys(exported?.related ?? {}).sort()).toEqual(['calls', 'deals', 'documents', 'notes', 'tasks', 'text_messages'])
      const html = await downloadText(page, () => portability.getByRole('button', { name: text('portability.downloadHtml') }).click())
      expect(html.text).toContain(`id="sell-contact-${DEMO_SELL_IDS.contact}"`)
      expect(html.text).toContain(`id="sell-lead-${DEMO_SELL_IDS.lead}"`)
      await closeObligation(frame, 'portability')

      // Erasure: preview → confirmation → delete → verified gone (404) → evidence.
      const erasure = await openObligation(frame, 'erasure', 'erasure-step')
      const block = erasure.getByTestId('sell-erasure')
      await block.getByTestId('sell-review').click({ timeout: 30_000 })
      await block.getByTestId('sell-deletion-preview').waitFor()
      await expect(block.textContent()).resolves.toContain(text('sell.integrationNotice'))
      await block.getByTestId('sell-delete').click()
      const confirm = block.getByTestId('sell-deletion-confirm')
      // Garden hides the native input behind its styled label.
      await checkGardenBox(confirm.getByRole('checkbox', { name: text('sell.erasure.confirmCheck') }))
      await confirm.getByTestId('sell-confirm-word').fill(text('sell.erasure.confirmWord'))
      await confirm.getByRole('button', { name: text('sell.erasure.confirm') }).click()
      await block.getByText(text('sell.erasure.finished', { done: 2, total: 2 })).waitFor({ timeout: 30_000 })
      await block.getByText(text('sell.erasure.evidenceSaved')).waitFor({ timeout: 30_000 })
      await screenshot(block, e2eEnvironment().root, 'sell-erasure-en')

      const after = await page.evaluate((ids) => {
        const sellFake = window.__fakeSell
        if (!sellFake) throw new Error('no fake Sell in the page')
        return {
          contact: sellFake.state.get('contacts', ids.contact) ?? null,
          lead: sellFake.state.get('leads', ids.lead) ?? null,
          phoneOnlyLead: sellFake.state.get('leads', ids.phoneOnlyLead) ?? null,
          log: sellFake.log.map((e) => `${e.method} ${e.path} ${e.status}`),
          tokens: [...new Set(sellFake.log.map((e) => e.authorization))],
        }
      }, DEMO_SELL_IDS)
      expect(after.contact).toBeNull()
      expect(after.lead).toBeNull()
      expect(after.phoneOnlyLead).not.toBeNull()
      expect(after.log).toEqual(expect.arrayContaining([
        `DELETE /v2/contacts/${DEMO_SELL_IDS.contact} 204`,
        `GET /v2/contacts/${DEMO_SELL_IDS.contact} 404`,
        `DELETE /v2/leads/${DEMO_SELL_IDS.lead} 204`,
        `GET /v2/leads/${DEMO_SELL_IDS.lead} 404`,
      ]))
      // The fake received the real token from the host; nothing the app sent over the ZAF protocol held it.
      expect(after.tokens).toEqual([`Bearer ${DEMO_SELL_TOKEN}`])
      const fromApp = await page.evaluate(() => JSON.stringify((window.__workspace?.protocol ?? []).filter((entry) => entry.direction === 'in')))
      expect(fromApp).toContain('{{setting.sell_api_token}}')
      expect(fromApp).not.toContain(DEMO_SELL_TOKEN)

      expect(session.diagnostics.all()).toEqual([])
    } finally {
      await session.close()
    }
  })
})

import type { Browser, Download, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_AGENT_ID, DEMO_PLANTED, DEMO_REQUEST_TICKET_ID, DEMO_SUBJECT, DEMO_SUBJECT_ID } from '../../dev/fake-zendesk/index'
import { privacyExportSchema, type PrivacyExport } from '../../src/core/export/export-schema'
import { e2eEnvironment } from './support/e2e-environment'
import { screenshot } from './support/screenshots'
import { translation } from './support/translations'
import { appFrame, connectBrowser, openWorkspace, waitForAppText, waitForRegistration } from './support/workspace-page'
import { checkGardenBox } from './support/garden-checkbox'

// The checklist's four obligations and the request's deadline in the real browser: the production build in
// the local Agent Workspace, through the real ZAF SDK. Files are really downloaded from inside the
// sandboxed app iframe and inspected; the fake Zendesk's state is read back from the workspace page.

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const text = (key: string, vars: Record<string, string | number> = {}) =>
  Object.entries(vars).reduce((s, [name, value]) => s.replaceAll(`{{${name}}}`, String(value)), translation(e2eEnvironment().root, 'en', key))

const listed = new Set([...DEMO_PLANTED.subjectTickets.requested, ...DEMO_PLANTED.subjectTickets.ccd, ...DEMO_PLANTED.subjectTickets.followed])
const thirdParty = DEMO_PLANTED.occurrences.filter((o) => listed.has(o.ticketId) && !o.isSubjectIdentifier && (o.type === 'email' || o.type === 'phone')).map((o) => o.value)

async function status(frame: Frame, obligation: string): Promise<string | null> {
  return frame.locator(`li[data-obligation="${obligation}"] > button [data-status]`).getAttribute('data-status')
}

async function openObligation(frame: Frame, obligation: string, testId: string) {
  await frame.locator(`li[data-obligation="${obligation}"] > button`).click()
  const step = frame.getByTestId(testId)
  await step.waitFor({ timeout: 30_000 })
  return step
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()])
  // The browser runs as a remote server: read the file through its stream rather than a local path.
  const chunks: Buffer[] = []
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array))
  return { download, text: Buffer.concat(chunks).toString('utf8') }
}

async function fakeUser(page: Page) {
  return page.evaluate((id) => window.__workspace?.fake.state.getUser(id), DEMO_SUBJECT_ID)
}

describe('the checklist obligations in the browser', () => {
  it('records the request, exports, corrects, suspends, and another agent sees the same progress', async () => {
    const session = await openWorkspace(browser, { location: 'ticket_sidebar', id: DEMO_REQUEST_TICKET_ID, locale: 'en' })
    const { page } = session
    try {
      // The request and its due date.
      let frame = await waitForAppText(page, text('case.title'))
      const panel = frame.getByTestId('request-case')
      await panel.getByRole('button', { name: text('case.edit') }).click()
      for (const type of ['correction', 'portability', 'objection']) {
        await checkGardenBox(panel.getByRole('checkbox', { name: text(`checklist.obligation.${type}.title`) }))
      }
      await panel.getByLabel(text('case.field.received')).fill('2026-01-31')
      await panel.getByLabel(text('case.field.jurisdiction')).selectOption('gdpr')
      await panel.getByLabel(text('case.field.verification')).selectOption('email_on_file')
      await panel.getByRole('button', { name: text('case.save') }).click()
      await expect(panel.getByTestId('case-due-date').textContent()).resolves.toBe('Feb 28, 2026')
      await expect(status(frame, 'access')).resolves.toBe('not_applicable')
      await screenshot(panel, e2eEnvironment().root, 'request-case-panel-en')

      // Portability: JSON and HTML downloads from inside the iframe, third parties masked.
      const portability = await openObligation(frame, 'portability', 'portability-step')
      await expect(portability.getByRole('checkbox', { name: text('portability.mask') }).isChecked()).resolves.toBe(true)
      await portability.getByRole('button', { name: text('portability.build') }).click()
      await portability.getByTestId('portability-ready').waitFor({ timeout: 120_000 })
      const json = await downloadText(page, () => portability.getByRole('button', { name: text('portability.downloadJson') }).click())
      expect(json.download.suggestedFilename()).toMatch(new RegExp(`^privacy-export-user-${DEMO_SUBJECT_ID}-\\d{4}-\\d{2}-\\d{2}\\.json$`))
      const document = JSON.parse(json.text) as PrivacyExport
      expect(privacyExportSchema.safeParse(document).success).toBe(true)
      expect(document.tickets.length).toBeGreaterThan(10)
      expect(document.counts.comments).toBeGreaterThan(document.tickets.length)
      expect(document.tickets.every((t) => t.comments.length > 0)).toBe(true)
      expect(document.masking.thirdParties).toBe(true)
      expect(thirdParty.length).toBeGreaterThan(0)
      for (const value of thirdParty) expect(json.text).not.toContain(value)
      expect(json.text).toContain(DEMO_SUBJECT.primaryEmail)
      const html = await downloadText(page, () => portability.getByRole('button', { name: text('portability.downloadHtml') }).click())
      expect(html.download.suggestedFilename()).toMatch(/\.html$/)
      expect(html.text).toContain('<!doctype html>')
      expect(html.text).not.toMatch(/<script/i)
      for (const value of thirdParty) expect(html.text).not.toContain(value)
      await expect.poll(() => status(frame, 'portability')).toBe('in_progress')
      await screenshot(portability, e2eEnvironment().root, 'portability-step-en')
      await frame.locator('li[data-obligation="portability"] > button').click()

      // Correction: a phone number, then another email made primary.
      const correction = await openObligation(frame, 'correction', 'correction-step')
      await correction.getByLabel(text('correction.field.phone'), { exact: true }).fill('+33 7 00 00 00 01')
      await correction.getByRole('button', { name: text('correction.review.open_one', { count: 1 }) }).click()
      await expect(correction.getByTestId('correction-diff').textContent()).resolves.toContain(DEMO_SUBJECT.phone)
      await correction.getByRole('button', { name: text('correction.review.confirm_one', { count: 1 }) }).click()
      await correction.getByTestId('correction-notice').getByText(text('correction.saved')).waitFor()
      expect((await fakeUser(page))?.phone).toBe('+33 7 00 00 00 01')
      await screenshot(correction, e2eEnvironment().root, 'correction-step-en')
      await correction.getByRole('button', { name: text('correction.identity.makePrimaryLabel', { value: DEMO_SUBJECT.secondaryEmail }) }).click()
      await correction.getByRole('alertdialog').getByRole('button', { name: text('correction.identity.confirm.primary') }).click()
      await correction.getByTestId('correction-notice').getByText(text('correction.identity.done')).waitFor()
      const identities = await page.evaluate((id) => window.__workspace?.fake.state.getIdentities(id), DEMO_SUBJECT_ID)
      expect(identities?.find((i) => i.value === DEMO_SUBJECT.secondaryEmail)?.primary).toBe(true)
      await frame.locator('li[data-obligation="correction"] > button').click()

      // Objection: suspend with a reason, then unsuspend.
      const objection = await openObligation(frame, 'objection', 'objection-step')
      await objection.getByLabel(text('objection.reasonLabel')).selectOption('notifications')
      await objection.getByRole('button', { name: text('objection.suspend') }).click()
      await objection.getByRole('alertdialog').getByRole('button', { name: text('objection.confirmSuspendButton') }).click()
      await objection.getByText(text('objection.suspended')).waitFor()
      expect((await fakeUser(page))?.suspended).toBe(true)
      await expect.poll(() => status(frame, 'objection')).toBe('done')
      await objection.getByRole('button', { name: text('objection.unsuspend') }).click()
      await objection.getByRole('alertdialog').getByRole('button', { name: text('objection.confirmUnsuspendButton') }).click()
      await objection.getByText(text('objection.unsuspended')).waitFor()
      expect((await fakeUser(page))?.suspended).toBe(false)
      await screenshot(page.locator('#apps-sidebar'), e2eEnvironment().root, 'checklist-obligations-ticket-sidebar-en')
      expect(session.diagnostics.from(session.appOrigin)).toEqual([])

      // Another agent opens the same ticket: the same request, due date and progress.
      await page.evaluate((id) => window.__workspace?.setAgent(id), DEMO_AGENT_ID)
      await waitForRegistration(page)
      frame = await appFrame(page)
      await frame.getByTestId('case-due-date').waitFor({ timeout: 30_000 })
      await expect(frame.getByTestId('case-due-date').textContent()).resolves.toBe('Feb 28, 2026')
      await expect.poll(() => status(frame, 'portability')).toBe('in_progress')
      await expect(status(frame, 'correction')).resolves.toBe('in_progress')
      await expect(status(frame, 'objection')).resolves.toBe('in_progress')
      await expect(status(frame, 'access')).resolves.toBe('not_applicable')
    } finally {
      await session.close()
    }
  })
})

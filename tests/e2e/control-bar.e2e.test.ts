import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { e2eEnvironment } from './support/e2e-environment'
import { translation } from './support/translations'
import { connectBrowser, openWorkspace, waitForAppText, waitForRegistration } from './support/workspace-page'

// The workspace's control bar drives the fake account and reloads the app like Zendesk would.

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const checklistTitle = () => translation(e2eEnvironment().root, 'en', 'checklist.title')

describe('the control bar', () => {
  it('switches the signed-in agent (role shown) and the user on screen', async () => {
    const session = await openWorkspace(browser, { location: 'user_sidebar' })
    try {
      const { page } = session
      await waitForAppText(page, checklistTitle())
      const lightAgent = await page.evaluate(() => window.__workspace?.account.users().find((u) => u.roleLabel === 'light agent'))
      expect(lightAgent).toBeDefined()
      await page.getByLabel('Signed-in agent').selectOption(String(lightAgent?.id))
      await waitForRegistration(page)
      await expect(page.locator('#ctl-agent-role').textContent()).resolves.toBe('light agent')
      await expect(page.evaluate(() => window.__workspace?.fake.actingUserId)).resolves.toBe(lightAgent?.id)
      // The reloaded app asked the fake who is signed in again.
      const meCalls = await page.evaluate(() => window.__workspace?.log.entries().filter((e) => e.path === '/api/v2/users/me').length)
      expect(meCalls).toBeGreaterThanOrEqual(2)

      const other = await page.evaluate(() => window.__workspace?.account.users().find((u) => u.role === 'end-user' && u.id !== window.__workspace?.subject()?.id))
      await page.getByLabel('User on screen').selectOption(String(other?.id))
      await waitForRegistration(page)
      await waitForAppText(page, other?.name ?? '?')
      await expect(page.locator('.entity-title').textContent()).resolves.toBe(other?.name)
      expect(session.diagnostics.all()).toEqual([])
    } finally {
      await session.close()
    }
  })

  it('turns rate limiting on: the app gets a 429, and the panel shows it', async () => {
    const session = await openWorkspace(browser)
    try {
      const { page } = session
      await waitForAppText(page, checklistTitle())
      await page.getByLabel('Rate limit').selectOption('custom')
      await page.getByLabel('Requests per minute').fill('2')
      await page.getByLabel('Requests per minute').dispatchEvent('change')
      await expect(page.evaluate(() => window.__workspace?.settings().rateLimit)).resolves.toBe(2)
      await page.getByRole('button', { name: 'Reload app' }).click()
      await waitForRegistration(page)
      await page.locator('.api-log-row.status-limited').first().waitFor({ timeout: 10_000 })
      const limited = await page.evaluate(() => window.__workspace?.log.entries().filter((e) => e.status === 429).length)
      expect(limited).toBeGreaterThan(0)
      expect(new URL(page.url()).searchParams.get('rate')).toBe('2')

      await page.getByLabel('Rate limit').selectOption('off')
      await expect(page.evaluate(() => window.__workspace?.settings().rateLimit)).resolves.toBeNull()
    } finally {
      await session.close()
    }
  })

  it('keeps the account across app reloads, and "Reset account" restores the seed', async () => {
    const session = await openWorkspace(browser)
    try {
      const { page } = session
      await waitForAppText(page, checklistTitle())
      const before = await page.locator('.comment').count()
      await page.getByRole('button', { name: 'Add a comment to this ticket' }).click()
      await expect.poll(() => page.locator('.comment').count()).toBe(before + 1)
      await page.getByRole('button', { name: 'Reload app' }).click()
      await waitForRegistration(page)
      await waitForAppText(page, checklistTitle())
      await expect(page.locator('.comment').count()).resolves.toBe(before + 1)

      await page.getByRole('button', { name: 'Reset account' }).click()
      await waitForRegistration(page)
      await expect.poll(() => page.locator('.comment').count()).toBe(before)
      await waitForAppText(page, checklistTitle())
      expect(session.diagnostics.all()).toEqual([])
    } finally {
      await session.close()
    }
  })

  it('widens the sidebar for a flexible app', async () => {
    const session = await openWorkspace(browser)
    try {
      const { page } = session
      await waitForAppText(page, checklistTitle())
      const width = () => page.evaluate(() => window.__workspace?.frame().element.getBoundingClientRect().width)
      await expect(width()).resolves.toBe(320)
      await page.getByLabel('Wide sidebar').check()
      await expect.poll(width).toBe(480)
    } finally {
      await session.close()
    }
  })
})

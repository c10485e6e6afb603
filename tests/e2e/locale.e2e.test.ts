import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { e2eEnvironment } from './support/e2e-environment'
import { screenshot } from './support/screenshots'
import { OBLIGATIONS, translation } from './support/translations'
import { connectBrowser, openWorkspace, waitForAppText, waitForRegistration } from './support/workspace-page'

// The agent's Zendesk language (currentUser.locale) decides the app's language.

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('the agent language', () => {
  it.each([
    { locale: 'fr', file: 'fr', location: 'ticket_sidebar', shot: 'ticket-sidebar-fr' },
    { locale: 'fr', file: 'fr', location: 'user_sidebar', shot: 'user-sidebar-fr' },
    { locale: 'pt-BR', file: 'pt-br', location: 'ticket_sidebar', shot: 'ticket-sidebar-pt-br' },
  ] as const)('$locale in the $location renders the app in that language', async ({ locale, file, location, shot }) => {
    const { root } = e2eEnvironment()
    const session = await openWorkspace(browser, { location, locale })
    try {
      const frame = await waitForAppText(session.page, translation(root, file, 'checklist.title'))
      for (const obligation of OBLIGATIONS) {
        const title = translation(root, file, `checklist.obligation.${obligation}.title`)
        await expect(frame.getByText(title, { exact: true }).first().isVisible(), title).resolves.toBe(true)
      }
      await expect(frame.getByText(translation(root, 'en', 'checklist.title')).count()).resolves.toBe(0)
      expect(session.diagnostics.all()).toEqual([])
      await screenshot(session.page.locator('#app-frame-slot iframe'), root, shot)
    } finally {
      await session.close()
    }
  })

  it('switching the language in the control bar reloads the app in the new language', async () => {
    const { root } = e2eEnvironment()
    const session = await openWorkspace(browser, { locale: 'en' })
    try {
      const { page } = session
      await waitForAppText(page, translation(root, 'en', 'checklist.title'))
      const firstGuid = await page.evaluate(() => window.__workspace?.frame().appGuid)
      await page.getByLabel('Agent language').selectOption('fr')
      await waitForRegistration(page)
      await waitForAppText(page, translation(root, 'fr', 'checklist.title'))
      await expect(page.evaluate(() => window.__workspace?.frame().appGuid)).resolves.not.toBe(firstGuid)
      // The language reaches the app as currentUser.locale, and the page URL remembers it.
      await expect(page.evaluate(() => window.__workspace?.settings().locale)).resolves.toBe('fr')
      expect(new URL(page.url()).searchParams.get('locale')).toBe('fr')

      await page.getByLabel('Agent language').selectOption('es')
      await waitForRegistration(page)
      await waitForAppText(page, translation(root, 'es', 'checklist.title'))
      expect(session.diagnostics.all()).toEqual([])
    } finally {
      await session.close()
    }
  })
})

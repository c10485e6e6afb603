import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectDiagnostics } from './support/diagnostics'
import { e2eEnvironment } from './support/e2e-environment'
import { screenshot } from './support/screenshots'
import { translation } from './support/translations'
import { connectBrowser } from './support/workspace-page'

// Opening the app's page directly (no ZAF parameters) explains where the app runs instead of staying blank.

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('assets/iframe.html opened outside Zendesk', () => {
  it('shows a clear explanation and throws nothing', async () => {
    const { appUrl, root } = e2eEnvironment()
    const context = await browser.newContext({ viewport: { width: 900, height: 600 }, locale: 'en-US' })
    try {
      const page = await context.newPage()
      const diagnostics = collectDiagnostics(page)
      await page.goto(`${appUrl}/assets/iframe.html`)
      await page.getByText(translation(root, 'en', 'boot.outsideTitle')).waitFor({ timeout: 15_000 })
      await expect(page.getByText(translation(root, 'en', 'boot.outsideBody')).isVisible()).resolves.toBe(true)
      expect(diagnostics.all()).toEqual([])
      await screenshot(page, root, 'outside-zendesk')
    } finally {
      await context.close()
    }
  })
})

import type { Browser, Frame } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { e2eEnvironment } from './support/e2e-environment'
import { screenshot } from './support/screenshots'
import { translation } from './support/translations'
import { connectBrowser, openWorkspace, waitForAppText } from './support/workspace-page'

// Dark mode: Zendesk passes ?colorScheme=dark in the iframe URL and sends a change event afterwards.

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Relative luminance (WCAG) of the colour the app's page is painted with. */
async function backgroundLuminance(frame: Frame): Promise<number> {
  return frame.evaluate(() => {
    const paint = (element: Element | null): string => {
      for (let node = element; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor
        if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour
      }
      return getComputedStyle(document.documentElement).backgroundColor
    }
    const colour = paint(document.querySelector('main') ?? document.body)
    const [r = 255, g = 255, b = 255] = (colour.match(/[\d.]+/g) ?? []).map(Number)
    const channel = (v: number) => {
      const s = v / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    }
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
  })
}

describe('the colour scheme', () => {
  it.each([
    { location: 'ticket_sidebar', shot: 'ticket-sidebar-dark' },
    { location: 'user_sidebar', shot: 'user-sidebar-dark' },
  ] as const)('dark mode paints the app dark in the $location', async ({ location, shot }) => {
    const { root } = e2eEnvironment()
    const session = await openWorkspace(browser, { location, scheme: 'dark' })
    try {
      const frame = await waitForAppText(session.page, translation(root, 'en', 'checklist.title'))
      expect(new URL(frame.url()).searchParams.get('colorScheme')).toBe('dark')
      expect(await backgroundLuminance(frame)).toBeLessThan(0.1)
      expect(session.diagnostics.all()).toEqual([])
      await screenshot(session.page.locator('#app-frame-slot iframe'), root, shot)
      await screenshot(session.page, root, `workspace-${shot}`)
    } finally {
      await session.close()
    }
  })

  it('switching the scheme live repaints the app without reloading it', async () => {
    const { root } = e2eEnvironment()
    const session = await openWorkspace(browser, { scheme: 'light' })
    try {
      const { page } = session
      const frame = await waitForAppText(page, translation(root, 'en', 'checklist.title'))
      expect(await backgroundLuminance(frame)).toBeGreaterThan(0.8)
      const guid = await page.evaluate(() => window.__workspace?.frame().appGuid)
      await page.getByLabel('Colour scheme').selectOption('dark')
      await expect.poll(() => backgroundLuminance(frame), { timeout: 5_000 }).toBeLessThan(0.1)
      await expect(page.evaluate(() => window.__workspace?.frame().appGuid)).resolves.toBe(guid)
      await page.getByLabel('Colour scheme').selectOption('light')
      await expect.poll(() => backgroundLuminance(frame), { timeout: 5_000 }).toBeGreaterThan(0.8)
      expect(session.diagnostics.all()).toEqual([])
    } finally {
      await session.close()
    }
  })
})

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SidebarLocation } from '../../dev/workspace/workspace-state'
import { e2eEnvironment } from './support/e2e-environment'
import { screenshot } from './support/screenshots'
import { OBLIGATIONS, translation } from './support/translations'
import { appFrame, connectBrowser, openWorkspace, waitForAppText } from './support/workspace-page'

// The production build boots in both sidebar locations of the local Agent Workspace through the real
// ZAF SDK, calls the Support API through client.request, sizes its iframe and logs no errors.

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const LOCATIONS: { location: SidebarLocation; shot: string }[] = [
  { location: 'ticket_sidebar', shot: 'ticket-sidebar-en' },
  { location: 'user_sidebar', shot: 'user-sidebar-en' },
]

describe.each(LOCATIONS)('the app in the $location', ({ location, shot }) => {
  it('boots through the SDK, shows the data subject and the five obligations, and sizes itself', async () => {
    const { root } = e2eEnvironment()
    const session = await openWorkspace(browser, { location })
    try {
      const { page } = session
      const subject = await page.evaluate(() => window.__workspace?.subject())
      expect(subject, 'the fake account has a subject on screen').toBeDefined()
      if (!subject) return

      const frame = await waitForAppText(page, subject.name)
      if (subject.email) await expect(frame.getByText(subject.email).first().isVisible()).resolves.toBe(true)
      const role = translation(root, 'en', `subject.role.${subject.role}`)
      await expect(frame.getByText(role, { exact: true }).first().isVisible()).resolves.toBe(true)
      await expect(frame.getByText(translation(root, 'en', 'checklist.title')).first().isVisible()).resolves.toBe(true)
      for (const obligation of OBLIGATIONS) {
        const title = translation(root, 'en', `checklist.obligation.${obligation}.title`)
        await expect(frame.getByText(title, { exact: true }).first().isVisible(), title).resolves.toBe(true)
      }

      // resize was invoked and applied to the iframe element. Panels load lazily and change the height
      // for a moment after first paint, so wait until the frame has caught up with the content.
      const readSizes = async () => {
        const state = await page.evaluate(() => {
          const current = window.__workspace?.frame()
          return { lastResize: current?.lastResize, height: current?.element.getBoundingClientRect().height, styleHeight: current?.element.style.height }
        })
        const contentHeight = await frame.evaluate(() => document.querySelector('main')?.getBoundingClientRect().height ?? 0)
        return { ...state, gap: Math.abs((state.height ?? 0) - Math.min(contentHeight, 20_000)) }
      }
      await expect.poll(async () => (await readSizes()).gap, { timeout: 15_000, message: 'the frame is as tall as the app content' }).toBeLessThanOrEqual(2)
      const frameState = await readSizes()
      expect(frameState.lastResize?.height).toMatch(/^\d+(\.\d+)?px$/)
      expect(frameState.styleHeight).toBe(frameState.lastResize?.height)

      // The Support API calls went through the host to the fake and show in the panel, newest first.
      const entries = await page.evaluate(() => window.__workspace?.log.entries() ?? [])
      const paths = entries.map((entry) => `${entry.method} ${entry.path.replace(/\?.*$/, '')}`)
      expect(paths).toContain('GET /api/v2/users/me')
      expect(paths).toContain(`GET /api/v2/users/${subject.id}`)
      expect(entries.every((entry) => entry.status === 200)).toBe(true)
      expect(entries.map((entry) => entry.id)).toEqual([...entries.map((entry) => entry.id)].sort((a, b) => b - a))
      expect(await page.locator('.api-log-row').count()).toBe(entries.length)
      expect(await page.locator('.api-log-row').first().locator('td').nth(1).textContent()).toBe(entries[0]?.path)

      // Uncaught exceptions and console errors, from the app or the workspace.
      expect(session.diagnostics.all()).toEqual([])
      await screenshot(page.locator('#app-frame-slot iframe'), root, shot)
      await screenshot(page, root, `workspace-${shot}`)
    } finally {
      await session.close()
    }
  })
})

describe('the app iframe', () => {
  it('receives origin, app_guid and colorScheme in its URL, as in Zendesk', async () => {
    const session = await openWorkspace(browser)
    try {
      const frame = await appFrame(session.page)
      const url = new URL(frame.url())
      expect(url.origin).toBe(e2eEnvironment().appUrl)
      expect(url.pathname).toBe('/assets/iframe.html')
      expect(url.searchParams.get('origin')).toBe(new URL(e2eEnvironment().workspaceUrl).origin)
      expect(url.searchParams.get('app_guid')).toMatch(/^[0-9a-f-]{36}$/)
      expect(url.searchParams.get('colorScheme')).toBe('light')
      // 320 px wide by default, like a Zendesk sidebar.
      await expect(session.page.evaluate(() => window.__workspace?.frame().element.getBoundingClientRect().width)).resolves.toBe(320)
    } finally {
      await session.close()
    }
  })
})

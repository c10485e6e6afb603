import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeViolations, runAxe, seriousOrWorse } from './support/axe'
import { e2eEnvironment } from './support/e2e-environment'
import { translation } from './support/translations'
import { connectBrowser, openWorkspace, waitForAppText } from './support/workspace-page'

// axe-core inside the app frame (WCAG rules axe runs by default): no serious or critical violation.

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('accessibility', () => {
  it.each([
    { location: 'ticket_sidebar', scheme: 'light' },
    { location: 'user_sidebar', scheme: 'light' },
    { location: 'ticket_sidebar', scheme: 'dark' },
  ] as const)('the app in the $location ($scheme) has no serious or critical axe violation', async ({ location, scheme }) => {
    const session = await openWorkspace(browser, { location, scheme })
    try {
      const frame = await waitForAppText(session.page, translation(e2eEnvironment().root, 'en', 'checklist.title'))
      const violations = seriousOrWorse(await runAxe(frame))
      expect(violations, describeViolations(violations)).toEqual([])
    } finally {
      await session.close()
    }
  })

  it('the workspace page itself has no serious or critical axe violation', async () => {
    const session = await openWorkspace(browser)
    try {
      await waitForAppText(session.page, translation(e2eEnvironment().root, 'en', 'checklist.title'))
      const violations = seriousOrWorse(await runAxe(session.page.mainFrame()))
      expect(violations, describeViolations(violations)).toEqual([])
    } finally {
      await session.close()
    }
  })
})

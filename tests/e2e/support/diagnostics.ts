import type { ConsoleMessage, Page } from 'playwright-core'

/**
 * Collects what would show in DevTools' console while a test runs: console errors and uncaught
 * exceptions, tagged with the URL of the document they came from so tests can single out the app's.
 */

export interface Problem {
  kind: 'console' | 'pageerror'
  text: string
  /** The document (frame) URL the problem came from. */
  url: string
}

export interface Diagnostics {
  all(): Problem[]
  /** Problems raised by documents served from `origin` (e.g. the app's). */
  from(origin: string): Problem[]
}

export function collectDiagnostics(page: Page): Diagnostics {
  const problems: Problem[] = []
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return
    // Chromium asks any top-level page for /favicon.ico by itself; that 404 is not the page's doing.
    if (message.location().url.endsWith('/favicon.ico')) return
    problems.push({ kind: 'console', text: message.text(), url: message.location().url || safeFrameUrl(message) })
  })
  page.on('pageerror', (error) => {
    // Playwright does not say which frame threw; the stack names the script's URL.
    problems.push({ kind: 'pageerror', text: `${error.name}: ${error.message}`, url: error.stack ?? '' })
  })
  return {
    all: () => [...problems],
    from: (origin) => problems.filter((problem) => problem.url.includes(origin)),
  }
}

function safeFrameUrl(message: ConsoleMessage): string {
  try {
    return message.page()?.url() ?? ''
  } catch {
    return ''
  }
}

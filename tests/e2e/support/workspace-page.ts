import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core'
import type { AgentLocale, ColorScheme, SidebarLocation } from '../../../dev/workspace/workspace-state'
import { collectDiagnostics, type Diagnostics } from './diagnostics'
import { e2eEnvironment } from './e2e-environment'

/** Opening the local Agent Workspace at a given screen, and reaching the app inside it. */

export interface OpenOptions {
  location?: SidebarLocation
  /** Ticket id (ticket sidebar) or user id (user sidebar) on screen; the fake's default otherwise. */
  id?: number
  agentId?: number
  locale?: AgentLocale
  scheme?: ColorScheme
  rateLimit?: number
  wide?: boolean
  /** Runs in every document of the page (the app frame too) before its own scripts. */
  initScript?: () => void
}

export interface WorkspaceSession {
  page: Page
  context: BrowserContext
  diagnostics: Diagnostics
  /** Origin of the app's documents (the static dist/ server). */
  appOrigin: string
  close(): Promise<void>
}

export async function connectBrowser(): Promise<Browser> {
  return chromium.connect(e2eEnvironment().wsEndpoint)
}

export function workspaceUrl(options: OpenOptions = {}): string {
  const { workspaceUrl: base, appUrl } = e2eEnvironment()
  const query = new URLSearchParams({ app: appUrl })
  const location = options.location ?? 'ticket_sidebar'
  query.set('location', location)
  if (options.id) query.set(location === 'ticket_sidebar' ? 'ticket' : 'user', String(options.id))
  if (options.agentId) query.set('agent', String(options.agentId))
  if (options.locale) query.set('locale', options.locale)
  if (options.scheme) query.set('scheme', options.scheme)
  if (options.rateLimit) query.set('rate', String(options.rateLimit))
  if (options.wide) query.set('wide', '1')
  return `${base}?${query.toString()}`
}

export async function openWorkspace(browser: Browser, options: OpenOptions = {}): Promise<WorkspaceSession> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  if (options.initScript) await context.addInitScript(options.initScript)
  const page = await context.newPage()
  const diagnostics = collectDiagnostics(page)
  await page.goto(workspaceUrl(options))
  await waitForRegistration(page)
  return { page, context, diagnostics, appOrigin: e2eEnvironment().appUrl, close: () => context.close() }
}

/** Resolves once the current app frame has done the ZAF handshake and been registered. */
export async function waitForRegistration(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__workspace !== undefined)
  await page.evaluate(() => window.__workspace?.whenAppRegistered())
}

/** The app's iframe as it is now (a reload replaces it). */
export async function appFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('#app-frame-slot iframe')
  const frame = await element.contentFrame()
  if (!frame) throw new Error('The app iframe has no frame')
  return frame
}

/** Waits until the app frame shows `text` (the app renders asynchronously after registration). */
export async function waitForAppText(page: Page, text: string, timeout = 15_000): Promise<Frame> {
  const frame = await appFrame(page)
  await frame.getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout })
  return frame
}

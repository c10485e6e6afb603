import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { createServer } from 'vite'
import type { TestProject } from 'vitest/node'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium'
import { ensureDist } from './support/dist-build'
import type { E2eEnvironment } from './support/e2e-environment'
import { startStaticServer } from './support/static-server'

/**
 * Once per run: make sure dist/ is a fresh production build, serve it on localhost (the "CDN"), start the
 * workspace's Vite dev server on 127.0.0.1 (the "Agent Workspace", another origin), launch Chromium, and
 * load the workspace once so Vite's dependency optimisation is done before the first test measures anything.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '../..')
  const started = performance.now()
  const built = await ensureDist(root)
  const builtMs = performance.now() - started

  const app = await startStaticServer(resolve(root, 'dist'))
  const vite = await createServer({
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    clearScreen: false,
    // No HMR or file watching: tests load pages, they don't edit them.
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
    optimizeDeps: { entries: ['dev/workspace/index.html'] },
  })
  await vite.listen()
  const address = vite.httpServer?.address()
  if (!address || typeof address !== 'object') throw new Error('Vite dev server has no address')
  const workspaceUrl = `http://127.0.0.1:${address.port}/dev/workspace/index.html`

  const browserServer = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
  const environment: E2eEnvironment = { workspaceUrl, appUrl: app.url, wsEndpoint: browserServer.wsEndpoint(), root }

  await warmUp(environment)
  console.log(
    `[e2e] dist ${built ? `rebuilt in ${Math.round(builtMs)} ms` : 'up to date'}; workspace ${workspaceUrl}; app ${app.url}; ready after ${Math.round(performance.now() - started)} ms`,
  )
  project.provide('e2e', environment)

  return async () => {
    await browserServer.close()
    await vite.close()
    await app.close()
  }
}

/** The first visit makes Vite transform and pre-bundle the workspace's modules (msw, the fake). */
async function warmUp(environment: E2eEnvironment): Promise<void> {
  const browser = await chromium.connect(environment.wsEndpoint)
  try {
    const page = await browser.newPage()
    await page.goto(`${environment.workspaceUrl}?app=${encodeURIComponent(environment.appUrl)}`)
    await page.waitForFunction(() => 'whenAppRegistered' in ((window as { __workspace?: object }).__workspace ?? {}), undefined, { timeout: 120_000 })
  } finally {
    await browser.close()
  }
}

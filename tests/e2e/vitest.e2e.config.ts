import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// Real-browser tests: Node drives headless Chromium (playwright-core) against the local Agent Workspace
// (Vite dev server, 127.0.0.1) hosting the PRODUCTION build of the app (dist/, served on localhost).
// One file at a time: they share one browser and one pair of servers started by global-setup.ts.
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    // A real browser on a shared CI runner can lose a race under load; a test that fails twice is a
    // real failure, and every failed attempt is still printed.
    retry: 1,
    // The first hook may wait for a production build and Vite's dependency optimisation.
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
  },
})

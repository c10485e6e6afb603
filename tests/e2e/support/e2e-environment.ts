import { inject } from 'vitest'

/** What global-setup.ts hands to every e2e file (through vitest's provide/inject). */
export interface E2eEnvironment {
  /** The local Agent Workspace page on the Vite dev server (http://127.0.0.1:<port>/dev/workspace/index.html). */
  workspaceUrl: string
  /** The production build served statically (http://localhost:<port>): `${appUrl}/assets/iframe.html`. */
  appUrl: string
  /** playwright-core browser server to connect to. */
  wsEndpoint: string
  root: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eEnvironment
  }
}

export function e2eEnvironment(): E2eEnvironment {
  return inject('e2e')
}

import { createFakeZendesk, DEMO_ADMIN_ID, DEMO_REQUEST_TICKET_ID, DEMO_SUBJECT_ID, type FakeZendesk } from '../../dev/fake-zendesk/index'
import { createFakeSell, type FakeSell } from '../../dev/fake-sell/index'
import { createApiLog } from '../../dev/workspace/api-log'
import { createAccountView } from '../../dev/workspace/fake-account'
import { createInstallation } from '../../dev/workspace/installation'
import { createRequestBridge } from '../../dev/workspace/request-bridge'
import { createPropertyResolver } from '../../dev/workspace/zaf-properties'
import type { AgentLocale, WorkspaceSettings } from '../../dev/workspace/workspace-state'
import type { ZafClient, ZafContext, ZafMetadata, ZafRequestOptions } from '../../src/zendesk/zaf-client'

/**
 * An in-process Agent Workspace for tests: the same property resolver and request bridge as the local
 * workspace page (so `client.request` is answered exactly as in the browser), around a fake Zendesk.
 * Only the postMessage transport is skipped — the e2e suite covers that with the real SDK.
 */
export interface TestWorkspaceOptions {
  location?: 'user_sidebar' | 'ticket_sidebar'
  fake?: FakeZendesk
  userId?: number
  ticketId?: number
  agentId?: number
  locale?: AgentLocale
  colorScheme?: 'light' | 'dark'
  settings?: Record<string, unknown>
  /** Turns the Sell connector on (`sell_enabled`) and answers `api.getbase.com` from a fake Sell (`workspace.sell`). Off by default. */
  sell?: boolean
}

export interface TestWorkspace {
  fake: FakeZendesk
  client: ZafClient
  context: ZafContext
  /** Fires a ZAF event at the app, like the Agent Workspace does (e.g. `ticket.comments.changed`). */
  trigger(event: string, data?: unknown): void
  /** Every `invoke` the app made, e.g. `['resize', {height: '300px'}]`. */
  invocations: unknown[][]
  /** Every request the app sent, as the host saw it (options included: autoRetry, httpCompleteResponse…). */
  requests: ZafRequestOptions[]
  /** The fake Sell API, when created with `sell: true`. */
  sell?: FakeSell
}

export function createTestWorkspace(options: TestWorkspaceOptions = {}): TestWorkspace {
  const fake = options.fake ?? createFakeZendesk()
  const agentId = options.agentId ?? DEMO_ADMIN_ID
  fake.setActingUser(agentId)
  const settings: WorkspaceSettings = {
    location: options.location ?? 'ticket_sidebar',
    userId: options.userId ?? DEMO_SUBJECT_ID,
    ticketId: options.ticketId ?? DEMO_REQUEST_TICKET_ID,
    agentId,
    locale: options.locale ?? 'en',
    colorScheme: options.colorScheme ?? 'light',
    rateLimit: null,
    wide: false,
    appBase: 'http://localhost',
  }
  const account = createAccountView({ state: fake.state, now: () => fake.now() }, () => ({
    subjectId: settings.userId ?? DEMO_SUBJECT_ID,
    ticketId: settings.ticketId ?? DEMO_REQUEST_TICKET_ID,
    agentId,
  }))
  const properties = createPropertyResolver({
    settings: () => settings,
    account,
    agentId: () => agentId,
    subjectId: () => settings.userId ?? DEMO_SUBJECT_ID,
    ticketId: () => settings.ticketId ?? DEMO_REQUEST_TICKET_ID,
    viewport: () => ({ width: 1280, height: 800 }),
  })
  const installation = createInstallation()
  const sell = options.sell ? createFakeSell() : undefined
  installation.settings.sell_enabled = sell !== undefined
  Object.assign(installation.settings, options.settings ?? {})
  const bridge = createRequestBridge({ handlers: () => (sell ? [...sell.handlers, ...fake.handlers] : fake.handlers), installation: () => installation, log: createApiLog(), sleep: async () => undefined })
  const listeners = new Map<string, Set<(data?: unknown) => void>>()
  const invocations: unknown[][] = []
  const requests: ZafRequestOptions[] = []
  const context: ZafContext = {
    product: 'support',
    location: settings.location,
    instanceGuid: 'test-instance',
    account: { subdomain: 'demo' },
    ...(settings.location === 'ticket_sidebar' ? { ticketId: settings.ticketId ?? undefined } : { userId: settings.userId ?? undefined }),
  }
  const metadata: ZafMetadata = { appId: installation.appId, installationId: installation.installationId, settings: { ...installation.settings } }

  const client: ZafClient = {
    async get(paths) {
      const result: Record<string, unknown> & { errors: Record<string, { message?: string }> } = { errors: {} }
      for (const path of Array.isArray(paths) ? paths : [paths]) {
        const answer = properties.get(path)
        if ('value' in answer) result[path] = answer.value
        else result.errors[path] = { message: answer.error.message }
      }
      // Like the SDK: a single-path get rejects when that path errored.
      if (!Array.isArray(paths) && result.errors[paths]) throw new Error(result.errors[paths].message)
      return result
    },
    async set(path, value) {
      return properties.set(path, value)
    },
    async invoke(name, ...args) {
      invocations.push([name, ...args])
      return undefined
    },
    on(event, handler) {
      if (!listeners.has(event)) listeners.set(event, new Set())
      listeners.get(event)?.add(handler)
    },
    off(event, handler) {
      listeners.get(event)?.delete(handler)
    },
    context: async () => context,
    metadata: async () => metadata,
    async request(options) {
      requests.push(options)
      const outcome = await bridge.handle(options)
      if (outcome.outcome === 'done') return outcome.responseArgs[0]
      throw outcome.responseArgs[0]
    },
  }

  return {
    fake,
    client,
    context,
    invocations,
    requests,
    ...(sell ? { sell } : {}),
    trigger(event, data) {
      for (const handler of listeners.get(event) ?? []) handler(data)
    },
  }
}

/** A ZAF SDK stand-in whose `init` hands out the test client and registers it at once. */
export function testSdk(workspace: TestWorkspace) {
  return {
    init(callback?: (registration: { context?: unknown; metadata?: unknown }) => void) {
      queueMicrotask(() => callback?.({ context: workspace.context, metadata: {} }))
      return workspace.client
    },
  }
}

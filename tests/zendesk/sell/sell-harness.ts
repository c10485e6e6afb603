import { DEMO_SUBJECT_ID } from '../../../dev/fake-zendesk/index'
import type { FakeSell } from '../../../dev/fake-sell/index'
import { sellLookupTerms } from '../../../src/core/sell/sell-lookup-terms'
import { createRequestScheduler } from '../../../src/zendesk/request-scheduler'
import { createSellApi } from '../../../src/zendesk/sell/sell-api'
import { createSupportApi } from '../../../src/zendesk/support-api'
import { createTestWorkspace, type TestWorkspaceOptions } from '../../support/test-workspace'

/**
 * The Sell client and the Support client side by side over one in-process workspace with the fake Sell:
 * the same host bridge as the browser (secure-setting substitution, domain whitelist). Waits are virtual
 * and recorded per client, so a test can tell whose retries waited.
 */
export async function sellSetup(options: TestWorkspaceOptions = {}) {
  const workspace = createTestWorkspace({ location: 'user_sidebar', ...options, sell: true })
  const sellFake = workspace.sell as FakeSell
  const sellWaits: number[] = []
  const supportWaits: number[] = []
  // Virtual time for Sell: its sleep moves its scheduler's clock, so a 429 pause ends at once.
  let sellClock = 0
  const sell = createSellApi({
    client: workspace.client,
    scheduler: createRequestScheduler({ perMinute: 1000, concurrency: 2, now: () => sellClock }),
    sleep: async (ms) => {
      sellWaits.push(ms)
      sellClock += ms
    },
    random: () => 0,
  })
  const support = createSupportApi({
    client: workspace.client,
    scheduler: createRequestScheduler({ perMinute: 1000 }),
    sleep: async (ms) => void supportWaits.push(ms),
    random: () => 0,
  })
  const [user, identities] = await Promise.all([support.users.getUser(DEMO_SUBJECT_ID), support.users.listIdentities(DEMO_SUBJECT_ID)])
  const terms = sellLookupTerms({ user, identities })
  // Only what the app does from here on.
  workspace.requests.length = 0
  return { ...workspace, sellFake, sell, support, terms, sellWaits, supportWaits }
}

/** The app's Sell requests, as it handed them to the host (before any substitution). */
export function sellRequests(requests: { url: string }[]) {
  return requests.filter((r) => r.url.startsWith('https://api.getbase.com/'))
}

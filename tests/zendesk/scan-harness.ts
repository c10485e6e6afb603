import { createFakeZendesk, DEMO_SUBJECT_ID, type FakeZendesk } from '../../dev/fake-zendesk/index'
import { createTestWorkspace } from '../support/test-workspace'
import { assembleInventory } from '../../src/core/inventory/assemble-inventory'
import type { Inventory } from '../../src/core/inventory/inventory-types'
import { buildSearchTerms } from '../../src/core/inventory/search-terms'
import type { ScanCheckpoint } from '../../src/core/inventory/scan-checkpoint'
import { createRequestScheduler } from '../../src/zendesk/request-scheduler'
import { createSupportApi } from '../../src/zendesk/support-api'
import { scanInventory, type ScanInventoryOptions, type ScanOutcome } from '../../src/zendesk/scan-inventory'

/**
 * The production scan path against the fake Zendesk: test workspace (the local workspace's request
 * bridge) → support API (retry policy, scheduler) → scanInventory. Retry waits are skipped.
 */
export async function createScanHarness(options: { fake?: FakeZendesk; subjectId?: number } = {}) {
  const fake = options.fake ?? createFakeZendesk()
  const subjectId = options.subjectId ?? DEMO_SUBJECT_ID
  const workspace = createTestWorkspace({ fake, location: 'user_sidebar', userId: subjectId })
  const scheduler = createRequestScheduler({ perMinute: 100_000 })
  const api = createSupportApi({ client: workspace.client, scheduler, sleep: async () => undefined })
  const [user, identities] = await Promise.all([api.users.getUser(subjectId), api.users.listIdentities(subjectId)])
  const terms = buildSearchTerms(user, identities)
  fake.clearRequestLog()
  return {
    fake,
    api,
    terms,
    subject: { profile: user, identities },
    scan(extra: Partial<ScanInventoryOptions> = {}): Promise<ScanOutcome> {
      return scanInventory({ api, subject: { profile: user, identities }, terms, yieldToEventLoop: async () => undefined, ...extra })
    },
    inventory(checkpoint: ScanCheckpoint, finished = true): Inventory {
      return assembleInventory(checkpoint, { terms, ignoredValues: [], decisions: {}, builtAt: 'test', finished })
    },
  }
}

import { render } from '@testing-library/react'
import { createFakeZendesk, DEMO_SUBJECT_ID, type FakeZendesk } from '../../../dev/fake-zendesk/index'
import type { AgentLocale } from '../../../dev/workspace/workspace-state'
import { AppShell } from '../../../src/app/app-shell'
import { bootApp } from '../../../src/app/boot'
import type { Inventory } from '../../../src/core/inventory/inventory-types'
import { SubjectProvider } from '../../../src/react/subject-context'
import { ErasurePanel } from '../../../src/steps/erasure/erasure-panel'
import { createTestWorkspace, testSdk } from '../../support/test-workspace'

/**
 * Renders the erasure panel inside the real app shell (boot, translations in strict mode, services over the
 * test workspace and the fake Zendesk), with a test-built inventory in place of the scanner's.
 */
export async function renderErasure(options: { agentId: number; inventory?: (fake: FakeZendesk) => Inventory; fake?: FakeZendesk; locale?: AgentLocale; location?: 'user_sidebar' | 'ticket_sidebar'; ticketId?: number }) {
  const fake = options.fake ?? createFakeZendesk()
  const workspace = createTestWorkspace({
    fake,
    agentId: options.agentId,
    location: options.location ?? 'user_sidebar',
    userId: DEMO_SUBJECT_ID,
    ...(options.ticketId ? { ticketId: options.ticketId } : {}),
    locale: options.locale ?? 'en',
    // Tests must not wait for the apps limit's minute window.
    settings: { requests_per_minute: 100_000 },
  })
  const boot = await bootApp(testSdk(workspace), { strictI18n: true, apiOptions: { sleep: async () => undefined } })
  const [user, identities] = await Promise.all([boot.services.api.users.getUser(DEMO_SUBJECT_ID), boot.services.api.users.listIdentities(DEMO_SUBJECT_ID)])
  const inventory = options.inventory?.(fake)
  const ui = (inv: Inventory | undefined) => (
    <AppShell services={boot.services} translator={boot.translator} initialScheme="light">
      <SubjectProvider value={{ subject: { user, identities }, reload: () => undefined }}>
        <ErasurePanel inventory={inv} />
      </SubjectProvider>
    </AppShell>
  )
  const view = render(ui(inventory))
  return { ...view, fake, workspace, boot, inventory, rerenderWith: (inv: Inventory | undefined) => view.rerender(ui(inv)), remount: () => render(ui(inventory)) }
}

import type { ReactNode } from 'react'
import { render } from '@testing-library/react'
import { ThemeProvider } from '@zendeskgarden/react-theming'
import { DEMO_ADMIN_ID, DEMO_SUBJECT_ID } from '../../../dev/fake-zendesk/index'
import { createTestWorkspace, type TestWorkspaceOptions } from '../../support/test-workspace'
import { createTranslator } from '../../../src/i18n/create-translator'
import type { SupportedLocale } from '../../../src/i18n/resolve-locale'
import { I18nProvider } from '../../../src/i18n/i18n-context'
import { InventoryProvider } from '../../../src/react/inventory-context'
import { ServicesProvider, type AppServices } from '../../../src/react/services-context'
import { SubjectProvider } from '../../../src/react/subject-context'
import { createRequestScheduler } from '../../../src/zendesk/request-scheduler'
import { createSupportApi } from '../../../src/zendesk/support-api'

export interface RenderInventoryOptions extends TestWorkspaceOptions {
  uiLocale?: SupportedLocale
}

/**
 * Renders `ui` the way the sidebar does, against the fake Zendesk through the production request path:
 * Garden theme, strict translator (a missing key throws), services, the loaded subject and the inventory.
 */
export async function renderWithInventory(ui: ReactNode, options: RenderInventoryOptions = {}) {
  const workspace = createTestWorkspace({ location: 'user_sidebar', userId: DEMO_SUBJECT_ID, agentId: DEMO_ADMIN_ID, ...options })
  const api = createSupportApi({ client: workspace.client, scheduler: createRequestScheduler({ perMinute: 100_000 }), sleep: async () => undefined })
  const subjectId = options.userId ?? DEMO_SUBJECT_ID
  const [agent, user, identities, metadata] = await Promise.all([
    api.users.getMe(),
    api.users.getUser(subjectId),
    api.users.listIdentities(subjectId),
    workspace.client.metadata(),
  ])
  const services: AppServices = {
    client: workspace.client,
    api,
    location: options.location ?? 'user_sidebar',
    context: workspace.context,
    agent,
    settings: metadata.settings ?? {},
  }
  const translator = await createTranslator(options.uiLocale ?? 'en', true)
  const view = render(
    <ThemeProvider>
      <I18nProvider translator={translator}>
        <ServicesProvider services={services}>
          <SubjectProvider value={{ subject: { user, identities }, reload: () => undefined }}>
            <InventoryProvider>{ui}</InventoryProvider>
          </SubjectProvider>
        </ServicesProvider>
      </I18nProvider>
    </ThemeProvider>,
  )
  return { ...view, workspace, fake: workspace.fake, t: translator.t }
}

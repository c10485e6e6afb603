import { render } from '@testing-library/react'
import { bootApp } from '../../src/app/boot'
import { AppShell } from '../../src/app/app-shell'
import { Sidebar } from '../../src/app/sidebar'
import { createTestWorkspace, testSdk, type TestWorkspace, type TestWorkspaceOptions } from './test-workspace'

/**
 * Boots the real app (bootApp → AppShell → Sidebar) against an in-process workspace and fake Zendesk.
 * Translations are strict: a missing key throws. Retries wait no real time.
 */
export async function renderApp(options: TestWorkspaceOptions & { workspace?: TestWorkspace } = {}) {
  const workspace = options.workspace ?? createTestWorkspace(options)
  const boot = await bootApp(testSdk(workspace), { strictI18n: true, apiOptions: { sleep: async () => undefined } })
  const view = render(
    <AppShell services={boot.services} translator={boot.translator} initialScheme={options.colorScheme ?? 'light'}>
      <Sidebar />
    </AppShell>,
  )
  return { ...view, ...boot, workspace, fake: workspace.fake }
}

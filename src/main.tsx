import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import ZAFClient from 'zendesk_app_framework_sdk'
import { bootApp } from './app/boot'
import { AppShell, StandaloneShell } from './app/app-shell'
import { BootFailed, OutsideZendesk } from './app/boot-failure'
import { Sidebar } from './app/sidebar'
import { createTranslator } from './i18n/create-translator'
import { resolveLocale } from './i18n/resolve-locale'
import { colorSchemeFromUrl } from './react/use-color-scheme'
import { OutsideZendeskError } from './zendesk/init-zaf-client'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
const root = createRoot(container)
const scheme = colorSchemeFromUrl(window.location.search)

bootApp(ZAFClient).then(
  ({ services, translator }) =>
    root.render(
      <StrictMode>
        <AppShell services={services} translator={translator} initialScheme={scheme}>
          <Sidebar />
        </AppShell>
      </StrictMode>,
    ),
  async (error: unknown) => {
    // Before Zendesk answers we don't know the agent's language; the browser's is the best guess.
    const translator = await createTranslator(resolveLocale(navigator.language))
    root.render(
      <StandaloneShell translator={translator} scheme={scheme}>
        {error instanceof OutsideZendeskError ? <OutsideZendesk /> : <BootFailed />}
      </StandaloneShell>,
    )
  },
)

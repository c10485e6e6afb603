import type { ReactNode } from 'react'
import { ThemeProvider } from '@zendeskgarden/react-theming'
import { I18nProvider } from '../i18n/i18n-context'
import type { Translator } from '../i18n/create-translator'
import { ServicesProvider, type AppServices } from '../react/services-context'
import { useColorScheme, type ColorScheme } from '../react/use-color-scheme'
import { GlobalStyle } from './global-style'
import { createTheme } from './theme'

/** Theme (in the agent's colour scheme), language and services around any screen. */
export function AppShell({ services, translator, initialScheme, children }: {
  services: AppServices
  translator: Translator
  initialScheme: ColorScheme
  children: ReactNode
}) {
  const scheme = useColorScheme(services.client, initialScheme)
  return (
    <ThemeProvider theme={createTheme(scheme)}>
      <GlobalStyle />
      <I18nProvider translator={translator}>
        <ServicesProvider services={services}>{children}</ServicesProvider>
      </I18nProvider>
    </ThemeProvider>
  )
}

/** For screens shown before Zendesk is reachable (outside Zendesk, boot failures). */
export function StandaloneShell({ translator, scheme, children }: { translator: Translator; scheme: ColorScheme; children: ReactNode }) {
  return (
    <ThemeProvider theme={createTheme(scheme)}>
      <GlobalStyle />
      <I18nProvider translator={translator}>{children}</I18nProvider>
    </ThemeProvider>
  )
}

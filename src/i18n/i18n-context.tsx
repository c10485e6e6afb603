import { createContext, useContext, type ReactNode } from 'react'
import type { Translator } from './create-translator'

const I18nContext = createContext<Translator | null>(null)

export function I18nProvider({ translator, children }: { translator: Translator; children: ReactNode }) {
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>
}

/** The translator for the agent's language; every visible string goes through `t`. */
export function useI18n(): Translator {
  const translator = useContext(I18nContext)
  if (!translator) throw new Error('useI18n() must be used within <I18nProvider translator={…}>')
  return translator
}

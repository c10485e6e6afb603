import i18next, { type i18n as I18nInstance } from 'i18next'
import { type SupportedLocale } from './resolve-locale'

export type TranslationTree = { [key: string]: string | TranslationTree }
export type TranslateVars = Record<string, string | number>
export type Translate = (key: string, vars?: TranslateVars) => string

export interface Translator {
  locale: SupportedLocale
  t: Translate
}

// Every language, English included, is a separate chunk fetched while Zendesk registers the app: the
// initial bundle carries no strings at all, and an agent downloads only their language plus the fallback.
const loaders: Record<SupportedLocale, () => Promise<TranslationTree>> = {
  en: () => import('../../translations/en.json').then((m) => m.default as TranslationTree),
  fr: () => import('../../translations/fr.json').then((m) => m.default as TranslationTree),
  'pt-BR': () => import('../../translations/pt-br.json').then((m) => m.default as TranslationTree),
  es: () => import('../../translations/es.json').then((m) => m.default as TranslationTree),
}

/** Starts fetching the English strings (needed in every language, as the fallback) before the locale is known. */
export function preloadTranslations(): void {
  void loaders.en().catch(() => undefined)
}

/**
 * Builds the translator for a locale: i18next for interpolation (`{{name}}`) and CLDR plurals (`_one`,
 * `_other`, `_many`), falling back to English for anything missing. With `strict` (tests, dev) a missing
 * key throws instead, so untranslated UI cannot slip through.
 */
export async function createTranslator(locale: SupportedLocale, strict = false): Promise<Translator> {
  const [en, dictionary] = await Promise.all([loaders.en(), loaders[locale]()])
  const instance: I18nInstance = i18next.createInstance()
  await instance.init({
    lng: locale,
    fallbackLng: 'en',
    resources: { en: { translation: en }, [locale]: { translation: dictionary } },
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  })
  const t: Translate = (key, vars) => {
    if (strict && !instance.exists(key, vars)) throw new Error(`Missing translation key "${key}"`)
    return instance.t(key, vars ?? {})
  }
  return { locale, t }
}

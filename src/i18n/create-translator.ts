import i18next, { type i18n as I18nInstance } from 'i18next'
import en from '../../translations/en.json'
import { type SupportedLocale } from './resolve-locale'

export type TranslationTree = { [key: string]: string | TranslationTree }
export type TranslateVars = Record<string, string | number>
export type Translate = (key: string, vars?: TranslateVars) => string

export interface Translator {
  locale: SupportedLocale
  t: Translate
}

// English is bundled (it is the source and the fallback); other languages are fetched on demand so the
// initial bundle carries one language only.
const loaders: Record<SupportedLocale, () => Promise<TranslationTree>> = {
  en: () => Promise.resolve(en as TranslationTree),
  fr: () => import('../../translations/fr.json').then((m) => m.default as TranslationTree),
  'pt-BR': () => import('../../translations/pt-br.json').then((m) => m.default as TranslationTree),
  es: () => import('../../translations/es.json').then((m) => m.default as TranslationTree),
}

/**
 * Builds the translator for a locale: i18next for interpolation (`{{name}}`) and CLDR plurals (`_one`,
 * `_other`, `_many`), falling back to English for anything missing. With `strict` (tests, dev) a missing
 * key throws instead, so untranslated UI cannot slip through.
 */
export async function createTranslator(locale: SupportedLocale, strict = false): Promise<Translator> {
  const dictionary = await loaders[locale]()
  const instance: I18nInstance = i18next.createInstance()
  await instance.init({
    lng: locale,
    fallbackLng: 'en',
    resources: { en: { translation: en as TranslationTree }, [locale]: { translation: dictionary } },
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

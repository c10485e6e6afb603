/** The UI languages we ship. Zendesk's locale codes are case-insensitive (`pt-br`, `pt-BR`). */
export const SUPPORTED_LOCALES = ['en', 'fr', 'pt-BR', 'es'] as const
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number]

/**
 * Picks the closest supported locale: exact match, then the base language (`fr-CA` → `fr`, `es-419` → `es`,
 * `pt` and `pt-PT` → `pt-BR`, our only Portuguese), then English.
 */
export function resolveLocale(raw: string | null | undefined): SupportedLocale {
  if (!raw) return 'en'
  const wanted = raw.trim().replace('_', '-').toLowerCase()
  const exact = SUPPORTED_LOCALES.find((locale) => locale.toLowerCase() === wanted)
  if (exact) return exact
  const base = wanted.split('-')[0]
  if (base === 'pt') return 'pt-BR'
  return SUPPORTED_LOCALES.find((locale) => locale === base) ?? 'en'
}

/** The translation file for a locale: Zendesk requires lower-case names like `pt-br.json`. */
export function translationFileName(locale: SupportedLocale): string {
  return `${locale.toLowerCase()}.json`
}

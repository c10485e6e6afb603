// translations/*.json: file names, JSON shape, and the default locale's "app" block, which is
// what Zendesk shows on the install page (app name, descriptions, parameter labels).
import { isObject, readJson, show, type FileContent, type Findings, type JsonObject } from './package-input'
import { LOCALE_PATTERN, PUBLIC_APP_TRANSLATION_KEYS } from './package-rules'

export interface TranslationContext {
  /** undefined when manifest.json is missing or unreadable: then only file-level checks run. */
  manifest: JsonObject | undefined
  /** Declared parameter names, each of which needs a label. */
  parameterNames: readonly string[]
}

/** A translation leaf is a string or Zendesk's `{ "title": "<note for translators>", "value": "..." }`. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (isObject(value) && typeof value.value === 'string') return value.value
  return undefined
}

export function validateTranslations(
  files: ReadonlyMap<string, FileContent>,
  context: TranslationContext,
  findings: Findings,
): void {
  const defaultLocale = typeof context.manifest?.defaultLocale === 'string' ? context.manifest.defaultLocale : undefined
  for (const [path, content] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    if (!path.startsWith('translations/')) continue
    const match = /^translations\/(.+)\.json$/.exec(path)
    if (!match) {
      findings.warnings.push(`${path} is not a .json file, so Zendesk ignores it. Move it out of translations/.`)
      continue
    }
    const locale = match[1] ?? ''
    if (!LOCALE_PATTERN.test(locale)) {
      findings.errors.push(`${path}: "${locale}" is not a locale file name Zendesk accepts. Rename it to a lowercase code such as "en.json" or "pt-br.json".`)
    }
    const json = readJson(path, content, findings)
    if (json === undefined) continue
    if (!isObject(json)) {
      findings.errors.push(`${path} must contain a JSON object, but it holds ${Array.isArray(json) ? 'an array' : show(json)}. Wrap the strings in { ... }.`)
      continue
    }
    if (context.manifest && locale === defaultLocale) checkAppBlock(path, json, context, findings)
  }
}

function checkAppBlock(path: string, json: JsonObject, context: TranslationContext, { errors, warnings }: Findings): void {
  const app = json.app
  if (!isObject(app)) {
    errors.push(`${path} has no "app" object. Add "app": { "name": "..." } with the name admins see when installing.`)
    return
  }
  // The server treats a manifest without "private" as private (Manifest#initialize).
  const isPrivate = context.manifest?.private !== false
  const required = isPrivate ? ['name'] : PUBLIC_APP_TRANSLATION_KEYS
  for (const key of required) {
    // "description" is still accepted in place of "short_description".
    const value = key === 'short_description' ? (app.short_description ?? app.description) : app[key]
    const text = textOf(value)
    if (text === undefined || text.trim() === '') {
      const why = isPrivate ? 'a private app needs it as its display name' : 'a public app needs it for its listing'
      errors.push(`${path}: "app.${key}" is missing or empty; ${why}. Add it as a non-empty string.`)
    }
  }
  const labels = isObject(app.parameters) ? app.parameters : {}
  if (app.parameters !== undefined && !isObject(app.parameters)) {
    errors.push(`${path}: "app.parameters" must be an object keyed by parameter name. Write "parameters": { "<name>": { "label": "..." } }.`)
  }
  for (const name of context.parameterNames) {
    const entry = labels[name]
    const label = isObject(entry) ? textOf(entry.label) : undefined
    if (label === undefined || label.trim() === '') {
      errors.push(`${path}: "app.parameters.${name}.label" is missing. Add the label admins see next to the "${name}" setting, e.g. "${name}": { "label": "..." }.`)
    }
  }
  for (const name of Object.keys(labels)) {
    if (!context.parameterNames.includes(name)) {
      warnings.push(`${path}: "app.parameters.${name}" has no matching parameter in manifest.json. Remove it or fix the name.`)
    }
  }
}

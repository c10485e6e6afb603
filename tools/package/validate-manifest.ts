// manifest.json's own fields: required keys, types, framework version, locations, domains, OAuth.
// Parameters have their own file (validate-parameters.ts); translations theirs.
import { isObject, show, type FileContent, type Findings, type JsonObject } from './package-input'
import {
  BOOLEAN_MANIFEST_KEYS,
  FRAMEWORK_VERSION,
  KNOWN_HOSTS,
  KNOWN_MANIFEST_KEYS,
  LOCALE_PATTERN,
  OAUTH_REQUIRED_FIELDS,
  STRING_MANIFEST_KEYS,
  SUPPORT_LOCATIONS,
} from './package-rules'

const M = 'manifest.json'

export function validateManifest(manifest: JsonObject, files: ReadonlyMap<string, FileContent>, findings: Findings): void {
  checkKeysAndTypes(manifest, findings)
  checkAuthor(manifest, findings)
  checkDefaultLocale(manifest, files, findings)
  // Requirements-only and marketing-only apps have no UI, so the server bans what it otherwise requires.
  if (manifest.requirementsOnly === true || manifest.marketingOnly === true) {
    for (const key of ['location', 'frameworkVersion']) {
      if (key in manifest) findings.errors.push(`${M}: "${key}" is not allowed on a requirements-only or marketing-only app. Remove it, or set requirementsOnly/marketingOnly to false.`)
    }
  } else {
    checkFrameworkVersion(manifest, findings)
    checkLocations(manifest, files, findings)
  }
  checkDomainWhitelist(manifest, findings)
  checkOauth(manifest, findings)
}

function checkKeysAndTypes(manifest: JsonObject, { errors, warnings }: Findings): void {
  for (const key of Object.keys(manifest)) {
    if (!KNOWN_MANIFEST_KEYS.has(key)) {
      warnings.push(`${M}: "${key}" is not a manifest field Zendesk reads, so it is ignored. Check the spelling (field names are case-sensitive) or remove it.`)
    }
  }
  for (const key of BOOLEAN_MANIFEST_KEYS) {
    const value = manifest[key]
    if (value !== undefined && typeof value !== 'boolean') {
      errors.push(`${M}: "${key}" is ${show(value)}, but it must be a JSON boolean. Write "${key}": true or false, without quotes.`)
    }
  }
  for (const key of STRING_MANIFEST_KEYS) {
    const value = manifest[key]
    if (value !== undefined && typeof value !== 'string') {
      errors.push(`${M}: "${key}" is ${show(value)}, but it must be a string. Put the value in double quotes.`)
    }
  }
  if ('experiments' in manifest && !isObject(manifest.experiments)) {
    errors.push(`${M}: "experiments" must be an object of flag names to booleans. Remove it or write "experiments": {}.`)
  }
  for (const key of ['termsConditionsURL', 'remoteInstallationURL']) {
    const value = manifest[key]
    if (typeof value === 'string' && !/^https?:\/\//.test(value)) {
      errors.push(`${M}: "${key}" is ${show(value)}, which is not an http(s) URL. Use a full https:// address.`)
    }
  }
}

function checkAuthor(manifest: JsonObject, { errors, warnings }: Findings): void {
  const author = manifest.author
  if (author === undefined || author === null) {
    errors.push(`${M} is missing the required "author" field. Add "author": { "name": "...", "email": "..." }.`)
    return
  }
  if (!isObject(author)) {
    errors.push(`${M}: "author" is ${show(author)}, but it must be an object. Write "author": { "name": "...", "email": "..." }.`)
    return
  }
  for (const field of ['name', 'email'] as const) {
    const value = author[field]
    if (typeof value !== 'string' || value.trim() === '') {
      errors.push(`${M}: "author.${field}" is ${value === undefined ? 'missing' : show(value)}. Set it to a non-empty string (the ${field === 'name' ? "author's or team's name" : 'contact email shown to admins'}).`)
    }
  }
  if (typeof author.email === 'string' && author.email.trim() !== '' && !/^[^@\s]+@[^@\s]+$/.test(author.email)) {
    warnings.push(`${M}: "author.email" is ${show(author.email)}, which does not look like an email address. Use a reachable contact address.`)
  }
  if (author.url !== undefined && (typeof author.url !== 'string' || !/^https?:\/\//.test(author.url))) {
    errors.push(`${M}: "author.url" is ${show(author.url)}, which is not an http(s) URL. Use a full https:// address or remove it.`)
  }
}

function checkDefaultLocale(manifest: JsonObject, files: ReadonlyMap<string, FileContent>, { errors }: Findings): void {
  const locale = manifest.defaultLocale
  if (locale === undefined || locale === null) {
    errors.push(`${M} is missing the required "defaultLocale" field. Add "defaultLocale": "en" (it names translations/en.json).`)
    return
  }
  if (typeof locale !== 'string') return // already reported as "must be a string"
  if (!LOCALE_PATTERN.test(locale)) {
    errors.push(`${M}: "defaultLocale" is ${show(locale)}, which is not a locale Zendesk accepts. Use a lowercase code such as "en" or "pt-br".`)
  } else if (!files.has(`translations/${locale}.json`)) {
    errors.push(`${M}: "defaultLocale" is "${locale}" but translations/${locale}.json is missing. Add that file with at least the "app" block.`)
  }
}

function checkFrameworkVersion(manifest: JsonObject, { errors }: Findings): void {
  const version = manifest.frameworkVersion
  if (version === undefined || version === null) {
    errors.push(`${M} is missing the required "frameworkVersion" field. Add "frameworkVersion": "${FRAMEWORK_VERSION}".`)
  } else if (version !== FRAMEWORK_VERSION) {
    errors.push(`${M}: "frameworkVersion" is ${show(version)}, but Zendesk only accepts the string "${FRAMEWORK_VERSION}". Set "frameworkVersion": "${FRAMEWORK_VERSION}".`)
  }
}

function checkLocations(manifest: JsonObject, files: ReadonlyMap<string, FileContent>, findings: Findings): void {
  const { errors, warnings } = findings
  const location = manifest.location
  if (location === undefined || location === null) {
    errors.push(`${M} is missing the required "location" field. Add e.g. "location": { "support": { "ticket_sidebar": { "url": "assets/iframe.html" } } }.`)
    return
  }
  if (!isObject(location)) {
    errors.push(`${M}: "location" is ${show(location)}; framework ${FRAMEWORK_VERSION} needs an object of product -> location -> URL, e.g. { "support": { "ticket_sidebar": { "url": "assets/iframe.html" } } }.`)
    return
  }
  let count = 0
  for (const [host, locations] of Object.entries(location)) {
    if (!KNOWN_HOSTS.has(host)) {
      errors.push(`${M}: "location.${host}" is not a Zendesk product. Use "support" (or "chat", "sell").`)
      continue
    }
    if (!isObject(locations)) {
      errors.push(`${M}: "location.${host}" must be an object of location names to URLs, e.g. { "ticket_sidebar": { "url": "assets/iframe.html" } }.`)
      continue
    }
    for (const [name, options] of Object.entries(locations)) {
      count++
      const field = `location.${host}.${name}`
      if ((host === 'support' || host === 'zendesk') && !SUPPORT_LOCATIONS.has(name)) {
        errors.push(`${M}: "${field}" is not a Support location. Use one of: ${[...SUPPORT_LOCATIONS].join(', ')}.`)
        continue
      }
      if (host !== 'support' && host !== 'zendesk') {
        warnings.push(`${M}: "${field}" is a ${host} location, which this offline check does not know; Zendesk will check it on upload.`)
      }
      checkLocationOptions(field, options, files, findings)
    }
  }
  if (count === 0) errors.push(`${M}: "location" declares no locations. Add at least one, e.g. "support": { "ticket_sidebar": { "url": "assets/iframe.html" } }.`)
}

function checkLocationOptions(field: string, options: unknown, files: ReadonlyMap<string, FileContent>, { errors }: Findings): void {
  const opts = isObject(options) ? options : { url: options }
  if (opts.flexible !== undefined && typeof opts.flexible !== 'boolean') {
    errors.push(`${M}: "${field}.flexible" is ${show(opts.flexible)}, but it must be a JSON boolean. Write "flexible": true or false, without quotes.`)
  }
  const url = opts.url
  if (typeof url !== 'string' || url.trim() === '') {
    // A location that does not auto-load (e.g. a background app started on demand) may omit its URL.
    if (opts.autoLoad === false && url === undefined) return
    errors.push(`${M}: "${field}" has no URL (${show(url)}). Set "url" to "assets/iframe.html" or an https:// address.`)
    return
  }
  const problem = locationUrlProblem(url, files)
  if (problem) errors.push(`${M}: "${field}" URL "${url}" ${problem}`)
}

/** Mirrors invalid_location_uri_error: https or localhost when absolute, an existing assets/ file when relative. */
function locationUrlProblem(url: string, files: ReadonlyMap<string, FileContent>): string | undefined {
  if (url.includes('{{setting.')) return undefined // resolved from a setting at install time
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return 'is not a valid URL. Fix the address.'
    }
    if (parsed.protocol === 'https:' || parsed.hostname === 'localhost') return undefined
    return `does not use HTTPS. Zendesk only loads https:// (or localhost) URLs; change the scheme or use a relative "assets/..." path.`
  }
  const path = url.replace(/[?#].*$/, '')
  if (!path.startsWith('assets/')) {
    return 'is relative but does not start with "assets/". Write it as "assets/<file>" with no leading "./" or "/".'
  }
  if (!files.has(path)) {
    return `refers to ${path}, which is not in the package. Build the app so the file exists, or fix the path.`
  }
  return undefined
}

function checkDomainWhitelist(manifest: JsonObject, { errors, warnings }: Findings): void {
  const list = manifest.domainWhitelist
  if (list === undefined) return
  if (!Array.isArray(list) || !list.every((d) => typeof d === 'string')) {
    errors.push(`${M}: "domainWhitelist" must be an array of domain strings, e.g. ["api.example.com"].`)
    return
  }
  for (const domain of list as string[]) {
    if (/^[a-z]+:\/\//i.test(domain) || domain.includes('/')) {
      warnings.push(`${M}: "domainWhitelist" entry ${show(domain)} looks like a URL. List bare domains such as "api.example.com", or secure settings will not be sent there.`)
    }
  }
}

function checkOauth(manifest: JsonObject, { errors }: Findings): void {
  const oauth = manifest.oauth
  if (oauth === undefined) return
  if (!isObject(oauth)) {
    errors.push(`${M}: "oauth" must be an object with ${OAUTH_REQUIRED_FIELDS.join(', ')}.`)
    return
  }
  const missing = OAUTH_REQUIRED_FIELDS.filter((key) => typeof oauth[key] !== 'string' || oauth[key] === '')
  if (missing.length > 0) {
    errors.push(`${M}: "oauth" is missing ${missing.join(', ')}. Add every field Zendesk needs to run the OAuth flow.`)
  }
  const params = Array.isArray(manifest.parameters) ? (manifest.parameters as unknown[]) : []
  if (!params.some((p) => isObject(p) && p.type === 'oauth')) {
    errors.push(`${M}: "oauth" is set but no parameter has "type": "oauth". Add one parameter of type "oauth" to hold the token.`)
  }
}

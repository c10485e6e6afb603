import { scopesOf, type Installation, type SecureScope } from './installation'

/**
 * `{{setting.name}}` substitution, done by the host (in Zendesk: its proxy, server-side) so that secure
 * values never reach the app's JavaScript. A secure value is only swapped into the parts of the request
 * its parameter's `scopes` allow, and only for hosts in the manifest's `domainWhitelist`.
 */

const PLACEHOLDER = /\{\{\s*setting\.([A-Za-z0-9_.-]+)\s*\}\}/g

export function isWhitelisted(installation: Installation, host: string): boolean {
  return installation.domainWhitelist.some((domain) => host === domain || host.endsWith(`.${domain}`))
}

export function substituteSettings(text: string, installation: Installation, scope: SecureScope): string {
  return text.replace(PLACEHOLDER, (placeholder, name: string) => {
    if (name in installation.secureSettings) {
      return scopesOf(installation, name).includes(scope) ? (installation.secureSettings[name] ?? '') : placeholder
    }
    const plain = installation.settings[name]
    return plain === undefined || plain === null ? placeholder : String(plain)
  })
}

export function hasPlaceholder(text: string): boolean {
  PLACEHOLDER.lastIndex = 0
  return PLACEHOLDER.test(text)
}

import manifest from '../../manifest.json'

/**
 * The app's installation in the fake account: the settings an admin would have typed on the app's
 * settings page. Non-secure ones reach the app through `metadata().settings`; secure ones never do,
 * the host swaps them into proxied requests instead (zendesk-reference.md §3.1, §3.5).
 */

export interface ManifestParameter {
  name: string
  type: string
  secure?: boolean
  default?: unknown
  scopes?: string[]
}

export type SecureScope = 'header' | 'body' | 'url'

export interface Installation {
  appId: number
  installationId: number
  name: string
  version: string
  domainWhitelist: string[]
  parameters: ManifestParameter[]
  settings: Record<string, unknown>
  secureSettings: Record<string, string>
}

/** Demo values for secure parameters; the fake Sell API (when it exists) accepts this token. */
export const DEMO_SECURE_VALUES: Record<string, string> = { sell_api_token: 'demo-sell-api-token' }

/** Demo values that differ from the manifest's defaults: the demo account has Sell (dev/fake-sell), so the connector is on. */
export const DEMO_SETTING_VALUES: Record<string, unknown> = { sell_enabled: true }

export function createInstallation(): Installation {
  const parameters = (manifest.parameters ?? []) as ManifestParameter[]
  // Zendesk also puts the installation title in settings; apps sometimes read it.
  const settings: Record<string, unknown> = { title: manifest.name }
  const secureSettings: Record<string, string> = {}
  for (const parameter of parameters) {
    if (parameter.secure) secureSettings[parameter.name] = DEMO_SECURE_VALUES[parameter.name] ?? ''
    else settings[parameter.name] = DEMO_SETTING_VALUES[parameter.name] ?? parameter.default ?? defaultFor(parameter.type)
  }
  return {
    appId: 9_000_001,
    installationId: 9_100_001,
    name: manifest.name,
    version: manifest.version,
    domainWhitelist: [...(manifest.domainWhitelist ?? [])],
    parameters,
    settings,
    secureSettings,
  }
}

function defaultFor(type: string): unknown {
  if (type === 'checkbox') return false
  if (type === 'number') return null
  return ''
}

export function scopesOf(installation: Installation, name: string): SecureScope[] {
  const parameter = installation.parameters.find((p) => p.name === name)
  return (parameter?.scopes ?? []).filter((s): s is SecureScope => s === 'header' || s === 'body' || s === 'url')
}

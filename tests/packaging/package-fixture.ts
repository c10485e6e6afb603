// A minimal valid app package, built in memory, that each validator test breaks in one way.
import type { PackageInput } from '../../tools/package/validate-package'

type Json = Record<string, unknown>

export function goodManifest(): Json {
  return {
    name: 'Privacy Assistant',
    author: { name: 'Privacy Assistant team', email: 'support@example.com', url: 'https://example.com' },
    defaultLocale: 'en',
    private: true,
    location: {
      support: {
        user_sidebar: { url: 'assets/iframe.html', flexible: true },
        ticket_sidebar: { url: 'assets/iframe.html', flexible: true },
      },
    },
    version: '1.2.3',
    frameworkVersion: '2.0',
    domainWhitelist: ['api.getbase.com'],
    parameters: [
      { name: 'requests_per_minute', type: 'number', required: false, default: 100 },
      { name: 'sell_api_token', type: 'text', secure: true, required: false, scopes: ['header'] },
    ],
  }
}

export function goodEnglish(): Json {
  return {
    app: {
      name: 'Privacy Assistant',
      short_description: 'Guided privacy checklist.',
      long_description: 'Helps agents answer data subject requests.',
      installation_instructions: 'Upload as a private app.',
      parameters: {
        requests_per_minute: { label: 'API requests per minute' },
        sell_api_token: { label: 'Sell API access token', helpText: 'Stored securely.' },
      },
    },
    ui: { hello: 'Hello {{name}}' },
  }
}

/** The package's files; JSON entries are objects here and serialised by `toInput`. */
export interface Draft {
  manifest: Json
  files: Map<string, Json | unknown[] | string | Uint8Array>
  symlinks?: string[]
}

export function goodDraft(): Draft {
  return {
    manifest: goodManifest(),
    files: new Map<string, Json | unknown[] | string | Uint8Array>([
      ['translations/en.json', goodEnglish()],
      ['translations/fr.json', { app: { name: 'Assistant confidentialité' } }],
      ['translations/pt-br.json', { app: { name: 'Assistente de privacidade' } }],
      ['assets/iframe.html', '<!doctype html><script type="module" src="./iframe-abc.js"></script>'],
      ['assets/iframe-abc.js', 'console.log(1)'],
      ['assets/logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47])],
      ['assets/logo-small.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47])],
    ]),
  }
}

export function toInput(draft: Draft, { withManifest = true } = {}): PackageInput {
  const files = new Map<string, string | Uint8Array>()
  if (withManifest) files.set('manifest.json', JSON.stringify(draft.manifest, null, 2))
  for (const [path, content] of draft.files) {
    files.set(path, typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content))
  }
  return { files, symlinks: draft.symlinks ?? [] }
}

/** A good package changed by `edit`; the draft is fresh each time, so edits never leak between tests. */
export function broken(edit: (draft: Draft) => void): PackageInput {
  const draft = goodDraft()
  edit(draft)
  return toInput(draft)
}

export function englishOf(draft: Draft): Json & { app: Json } {
  return draft.files.get('translations/en.json') as Json & { app: Json }
}

export function paramsOf(draft: Draft): Json[] {
  return draft.manifest.parameters as Json[]
}

export function supportLocations(draft: Draft): Json {
  return (draft.manifest.location as Json).support as Json
}

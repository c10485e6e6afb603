// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { validatePackage, type PackageInput } from '../../tools/package/validate-package'
import { broken, englishOf, goodDraft, paramsOf, supportLocations, toInput } from './package-fixture'

function errorsOf(input: PackageInput): string[] {
  return validatePackage(input).errors
}

/** Asserts one error contains every fragment, so messages stay specific (file, field, fix). */
function expectError(input: PackageInput, ...fragments: string[]): void {
  const { errors } = validatePackage(input)
  const hit = errors.find((e) => fragments.every((f) => e.includes(f)))
  expect(hit, `no error containing ${JSON.stringify(fragments)} in:\n${errors.join('\n')}`).toBeDefined()
}

function expectWarningOnly(input: PackageInput, ...fragments: string[]): void {
  const { errors, warnings } = validatePackage(input)
  expect(errors).toEqual([])
  const hit = warnings.find((w) => fragments.every((f) => w.includes(f)))
  expect(hit, `no warning containing ${JSON.stringify(fragments)} in:\n${warnings.join('\n')}`).toBeDefined()
}

describe('validatePackage: a good package', () => {
  it('has no errors and no warnings', () => {
    expect(validatePackage(toInput(goodDraft()))).toEqual({ errors: [], warnings: [] })
  })

  it('accepts files given as bytes as well as strings', () => {
    const input = toInput(goodDraft())
    const encoder = new TextEncoder()
    const bytes = new Map([...input.files].map(([p, c]) => [p, typeof c === 'string' ? encoder.encode(c) : c]))
    expect(validatePackage({ files: bytes }).errors).toEqual([])
  })

  it('accepts a location given as a bare URL string, an https URL, localhost and a {{setting.}} URL', () => {
    const input = broken((d) => {
      Object.assign(supportLocations(d), {
        ticket_sidebar: 'assets/iframe.html',
        user_sidebar: { url: 'https://app.example.com/sidebar' },
        nav_bar: { url: 'http://localhost:4567/0/assets/iframe.html' },
        top_bar: { url: '{{setting.remote_url}}/bar' },
      })
    })
    expect(errorsOf(input)).toEqual([])
  })

  it('accepts a query string on a relative asset URL', () => {
    expect(errorsOf(broken((d) => void (supportLocations(d).ticket_sidebar = { url: 'assets/iframe.html?x=1' })))).toEqual([])
  })

  it('treats a manifest without "private" as private, so app.name alone is enough', () => {
    const input = broken((d) => {
      delete d.manifest.private
      englishOf(d).app = { name: 'X', parameters: englishOf(d).app.parameters }
    })
    expect(validatePackage(input)).toEqual({ errors: [], warnings: [] })
  })

  it('accepts translator-note leaves ({ title, value }) for labels', () => {
    const input = broken((d) => {
      const labels = englishOf(d).app.parameters as Record<string, unknown>
      labels.sell_api_token = { label: { title: 'Setting label', value: 'Sell token' } }
    })
    expect(errorsOf(input)).toEqual([])
  })
})

describe('validatePackage: manifest.json presence and syntax', () => {
  it('reports a missing manifest', () => {
    expectError(toInput(goodDraft(), { withManifest: false }), 'manifest.json is missing from the package root')
  })

  it('reports a manifest nested one folder down (the folder was zipped, not its contents)', () => {
    const draft = goodDraft()
    const input = toInput(draft, { withManifest: false })
    const files = new Map(input.files)
    files.set('dist/manifest.json', JSON.stringify(draft.manifest))
    const { errors } = validatePackage({ files })
    expect(errors).toContainEqual(expect.stringContaining('dist/manifest.json is a nested manifest'))
    expect(errors).toContainEqual(expect.stringContaining('manifest.json is missing from the package root'))
  })

  it('reports a nested manifest next to the root one', () => {
    expectError(broken((d) => d.files.set('assets/manifest.json', {})), 'assets/manifest.json is a nested manifest', 'exactly one manifest.json')
  })

  it('reports invalid JSON with the parser message', () => {
    const input = toInput(goodDraft())
    const files = new Map(input.files).set('manifest.json', '{ "author": { }, }')
    expectError({ files }, 'manifest.json is not valid JSON', 'no trailing commas')
  })

  it('reports a byte-order mark', () => {
    const input = toInput(goodDraft())
    const files = new Map(input.files).set('manifest.json', `\uFEFF${input.files.get('manifest.json') as string}`)
    expectError({ files }, 'manifest.json starts with a byte-order mark')
  })

  it('reports invalid UTF-8', () => {
    const files = new Map(toInput(goodDraft()).files).set('manifest.json', new Uint8Array([0x7b, 0xff, 0x7d]))
    expectError({ files }, 'manifest.json is not valid UTF-8')
  })

  it('reports a manifest that is not an object', () => {
    const files = new Map(toInput(goodDraft()).files).set('manifest.json', '[]')
    expectError({ files }, 'manifest.json must contain a JSON object')
  })
})

describe('validatePackage: required manifest fields', () => {
  it('reports a missing author with the exact message', () => {
    expect(errorsOf(broken((d) => delete d.manifest.author))).toEqual([
      'manifest.json is missing the required "author" field. Add "author": { "name": "...", "email": "..." }.',
    ])
  })

  it('reports an author that is not an object', () => {
    expectError(broken((d) => void (d.manifest.author = 'Jane')), '"author" is "Jane", but it must be an object')
  })

  it.each(['name', 'email'])('reports a missing author.%s', (field) => {
    expectError(broken((d) => delete (d.manifest.author as Record<string, unknown>)[field]), `"author.${field}" is missing`)
  })

  it('reports an empty author.email', () => {
    expectError(broken((d) => void ((d.manifest.author as Record<string, unknown>).email = '  ')), '"author.email" is "  "')
  })

  it('warns about an author.email that is not an address', () => {
    expectWarningOnly(broken((d) => void ((d.manifest.author as Record<string, unknown>).email = 'support')), '"author.email"', 'does not look like an email')
  })

  it('reports an author.url that is not http(s)', () => {
    expectError(broken((d) => void ((d.manifest.author as Record<string, unknown>).url = 'example.com')), '"author.url" is "example.com"', 'https://')
  })

  it('reports a missing defaultLocale', () => {
    expectError(broken((d) => delete d.manifest.defaultLocale), 'missing the required "defaultLocale" field')
  })

  it('reports a defaultLocale that is not a valid locale', () => {
    expectError(broken((d) => void (d.manifest.defaultLocale = 'en_US')), '"defaultLocale" is "en_US"', 'not a locale Zendesk accepts')
  })

  it('reports a defaultLocale without its translation file', () => {
    expectError(broken((d) => void (d.manifest.defaultLocale = 'de')), '"defaultLocale" is "de" but translations/de.json is missing')
  })

  it('reports a non-string defaultLocale', () => {
    expectError(broken((d) => void (d.manifest.defaultLocale = 1)), '"defaultLocale" is 1, but it must be a string')
  })

  it('reports a missing frameworkVersion', () => {
    expectError(broken((d) => delete d.manifest.frameworkVersion), 'missing the required "frameworkVersion" field', '"frameworkVersion": "2.0"')
  })

  it.each([['1.0', '"1.0"'], [2, '2'], ['2', '"2"'], ['2.0.0', '"2.0.0"']])('reports frameworkVersion %j', (value, shown) => {
    expectError(broken((d) => void (d.manifest.frameworkVersion = value)), `"frameworkVersion" is ${shown}, but Zendesk only accepts the string "2.0"`)
  })

  it('reports a non-string version', () => {
    expectError(broken((d) => void (d.manifest.version = 1.2)), '"version" is 1.2, but it must be a string')
  })

  it('warns about unknown (misspelt) manifest keys', () => {
    const { warnings } = validatePackage(broken((d) => void (d.manifest.domainWhiteList = [])))
    expect(warnings).toContainEqual(expect.stringContaining('"domainWhiteList" is not a manifest field Zendesk reads'))
  })
})

describe('validatePackage: booleans', () => {
  it.each(['private', 'singleInstall', 'signedUrls', 'requirementsOnly', 'marketingOnly'])('reports a string "%s"', (key) => {
    expectError(broken((d) => void (d.manifest[key] = 'true')), `"${key}" is "true", but it must be a JSON boolean`)
  })

  it('reports a non-boolean flexible on a location', () => {
    expectError(
      broken((d) => void (supportLocations(d).ticket_sidebar = { url: 'assets/iframe.html', flexible: 'yes' })),
      '"location.support.ticket_sidebar.flexible" is "yes", but it must be a JSON boolean',
    )
  })

  it('reports a non-boolean parameter "required" and "secure"', () => {
    const input = broken((d) => {
      paramsOf(d).push({ name: 'a', type: 'text', required: 'no' }, { name: 'b', type: 'text', secure: 1, scopes: ['header'] })
      ;(englishOf(d).app.parameters as Record<string, unknown>).a = { label: 'A' }
      ;(englishOf(d).app.parameters as Record<string, unknown>).b = { label: 'B' }
    })
    expectError(input, 'parameter "a" has "required": "no", but it must be a JSON boolean')
    expectError(input, 'parameter "b" has "secure": 1, but it must be a JSON boolean')
  })
})

describe('validatePackage: locations', () => {
  it('reports a missing location', () => {
    expectError(broken((d) => delete d.manifest.location), 'missing the required "location" field')
  })

  it('reports the v1 array form', () => {
    expectError(broken((d) => void (d.manifest.location = ['ticket_sidebar'])), '"location" is ["ticket_sidebar"]', 'needs an object')
  })

  it('reports an empty location object', () => {
    expectError(broken((d) => void (d.manifest.location = { support: {} })), '"location" declares no locations')
  })

  it('reports an unknown product', () => {
    expectError(broken((d) => void (d.manifest.location = { suport: { ticket_sidebar: 'assets/iframe.html' } })), '"location.suport" is not a Zendesk product')
  })

  it('reports an unknown Support location', () => {
    expectError(broken((d) => void (supportLocations(d).ticket_sidebarr = { url: 'assets/iframe.html' })), '"location.support.ticket_sidebarr" is not a Support location', 'user_sidebar')
  })

  it('reports a location URL pointing at a missing asset', () => {
    expectError(
      broken((d) => void (supportLocations(d).ticket_sidebar = { url: 'assets/index.html' })),
      '"location.support.ticket_sidebar" URL "assets/index.html" refers to assets/index.html, which is not in the package',
    )
  })

  it('reports every location when the built iframe.html is missing', () => {
    const errors = errorsOf(broken((d) => d.files.delete('assets/iframe.html')))
    expect(errors.filter((e) => e.includes('refers to assets/iframe.html'))).toHaveLength(2)
  })

  it('reports a plain http URL', () => {
    expectError(broken((d) => void (supportLocations(d).ticket_sidebar = { url: 'http://app.example.com/' })), 'does not use HTTPS')
  })

  it.each(['./assets/iframe.html', '/assets/iframe.html', 'iframe.html'])('reports the relative URL %s that does not start with assets/', (url) => {
    expectError(broken((d) => void (supportLocations(d).ticket_sidebar = { url })), `URL "${url}" is relative but does not start with "assets/"`)
  })

  it('reports a location without a URL', () => {
    expectError(broken((d) => void (supportLocations(d).ticket_sidebar = { flexible: true })), '"location.support.ticket_sidebar" has no URL')
  })

  it('accepts a non-auto-loading location without a URL', () => {
    expect(errorsOf(broken((d) => void (supportLocations(d).background = { autoLoad: false })))).toEqual([])
  })

  it('bans location and frameworkVersion on a requirements-only app', () => {
    const input = broken((d) => void (d.manifest.requirementsOnly = true))
    expectError(input, '"location" is not allowed on a requirements-only or marketing-only app')
    expectError(input, '"frameworkVersion" is not allowed')
  })
})

describe('validatePackage: parameters', () => {
  it('reports parameters that are not an array', () => {
    expectError(broken((d) => void (d.manifest.parameters = { token: {} })), '"parameters" is {"token":{}}, but it must be an array')
  })

  it('reports a parameter named "name"', () => {
    expectError(broken((d) => void paramsOf(d).push({ name: 'name', type: 'text' })), 'a parameter is called "name"', 'Rename it')
  })

  it('reports a parameter without a name', () => {
    expectError(broken((d) => void paramsOf(d).push({ type: 'text' })), 'parameters[2] needs a non-empty string "name"')
  })

  it('reports duplicate parameter names', () => {
    expectError(broken((d) => void paramsOf(d).push({ name: 'requests_per_minute', type: 'text' })), 'parameter "requests_per_minute" is declared more than once')
  })

  it('reports an unknown type', () => {
    const input = broken((d) => {
      paramsOf(d).push({ name: 'region', type: 'dropdown' })
      ;(englishOf(d).app.parameters as Record<string, unknown>).region = { label: 'Region' }
    })
    expect(errorsOf(input)).toEqual([
      'manifest.json: parameter "region" has type "dropdown", which Zendesk does not know. Use one of: text, password, checkbox, url, number, multiline, hidden, oauth.',
    ])
  })

  it('reports a hidden parameter that is required', () => {
    const input = broken((d) => {
      paramsOf(d).push({ name: 'internal_id', type: 'hidden', required: true })
      ;(englishOf(d).app.parameters as Record<string, unknown>).internal_id = { label: 'Internal' }
    })
    expectError(input, 'parameter "internal_id" is hidden and required')
  })

  it('reports scopes on a parameter that is not secure', () => {
    expectError(broken((d) => void (paramsOf(d)[1] = { name: 'sell_api_token', type: 'text', scopes: ['header'] })), 'parameter "sell_api_token" has "scopes" but is not secure')
  })

  it('warns (only) about a secure parameter without scopes', () => {
    expectWarningOnly(broken((d) => delete paramsOf(d)[1]?.scopes), 'parameter "sell_api_token" is secure but has no "scopes"', '["header"]')
  })

  it.each([[[], '[]'], ['header', '"header"']])('reports scopes %j', (scopes, shown) => {
    expectError(broken((d) => void ((paramsOf(d)[1] as Record<string, unknown>).scopes = scopes)), `has "scopes": ${shown}, but it must be a non-empty array`)
  })

  it('reports unknown scopes', () => {
    expectError(broken((d) => void ((paramsOf(d)[1] as Record<string, unknown>).scopes = ['header', 'cookie'])), 'has unknown scopes "cookie"', 'basic_auth_password')
  })

  it('accepts every documented scope', () => {
    const scopes = ['header', 'body', 'url', 'jwt_secret_key', 'jwt_claim', 'basic_auth_username', 'basic_auth_password']
    expect(errorsOf(broken((d) => void ((paramsOf(d)[1] as Record<string, unknown>).scopes = scopes)))).toEqual([])
  })

  it('warns about a credential-looking parameter that is not secure', () => {
    expectWarningOnly(broken((d) => void (paramsOf(d)[1] = { name: 'sell_api_token', type: 'text' })), 'parameter "sell_api_token" looks like a credential but is not secure')
  })

  it('does not warn about credential-looking checkbox parameters', () => {
    const input = broken((d) => {
      paramsOf(d).push({ name: 'use_token', type: 'checkbox' })
      ;(englishOf(d).app.parameters as Record<string, unknown>).use_token = { label: 'Use token' }
    })
    expect(validatePackage(input).warnings).toEqual([])
  })

  it('warns about a default value on a secure parameter', () => {
    expectWarningOnly(broken((d) => void ((paramsOf(d)[1] as Record<string, unknown>).default = 'abc')), 'parameter "sell_api_token" is secure and has a default value')
  })

  it('warns about a default value on a hidden parameter', () => {
    const input = broken((d) => {
      paramsOf(d).push({ name: 'build', type: 'hidden', default: '1' })
      ;(englishOf(d).app.parameters as Record<string, unknown>).build = { label: 'Build' }
    })
    expectWarningOnly(input, 'parameter "build" is hidden and has a default value')
  })

  it('warns that type "password" is deprecated', () => {
    const input = broken((d) => {
      paramsOf(d).push({ name: 'secret', type: 'password', secure: true, scopes: ['header'] })
      ;(englishOf(d).app.parameters as Record<string, unknown>).secret = { label: 'Secret' }
    })
    expectWarningOnly(input, 'parameter "secret" uses the deprecated type "password"')
  })

  it('reports two oauth parameters, a secure one, and an incomplete oauth block', () => {
    const input = broken((d) => {
      paramsOf(d).push({ name: 'o1', type: 'oauth', secure: true, scopes: ['header'] }, { name: 'o2', type: 'oauth' })
      Object.assign(englishOf(d).app.parameters as Record<string, unknown>, { o1: { label: 'O1' }, o2: { label: 'O2' } })
      d.manifest.oauth = { client_id: 'x' }
    })
    expectError(input, '2 parameters have type "oauth"; Zendesk allows only one')
    expectError(input, 'parameter "o1" is of type "oauth" and secure')
    expectError(input, '"oauth" is missing client_secret, authorize_uri, access_token_uri')
  })

  it('reports an oauth block without an oauth parameter', () => {
    const input = broken((d) => {
      d.manifest.oauth = { client_id: 'a', client_secret: 'b', authorize_uri: 'https://x/a', access_token_uri: 'https://x/t' }
    })
    expectError(input, 'no parameter has "type": "oauth"')
  })
})

describe('validatePackage: domainWhitelist', () => {
  it.each<[unknown]>([['api.example.com'], [[1]]])('reports %j', (value) => {
    expectError(broken((d) => void (d.manifest.domainWhitelist = value)), '"domainWhitelist" must be an array of domain strings')
  })

  it('warns about a URL instead of a domain', () => {
    expectWarningOnly(broken((d) => void (d.manifest.domainWhitelist = ['https://api.getbase.com'])), '"domainWhitelist" entry "https://api.getbase.com" looks like a URL')
  })
})

describe('validatePackage: translations', () => {
  it.each(['pt_BR', 'EN', 'english', 'pt-br-x1'])('reports the locale file name %s', (locale) => {
    expectError(broken((d) => d.files.set(`translations/${locale}.json`, { app: { name: 'x' } })), `translations/${locale}.json: "${locale}" is not a locale file name Zendesk accepts`)
  })

  it.each(['de', 'pt-br', 'zh-cn', 'fil', 'es-419'])('accepts the locale file name %s', (locale) => {
    expect(errorsOf(broken((d) => d.files.set(`translations/${locale}.json`, { app: { name: 'x' } })))).toEqual([])
  })

  it('reports a translation file that is not an object', () => {
    expectError(broken((d) => d.files.set('translations/fr.json', ['x'])), 'translations/fr.json must contain a JSON object, but it holds an array')
  })

  it('reports a translation file that is not JSON', () => {
    expectError(broken((d) => d.files.set('translations/fr.json', '{ nom: 1 }')), 'translations/fr.json is not valid JSON')
  })

  it('warns about a non-JSON file in translations/', () => {
    expectWarningOnly(broken((d) => d.files.set('translations/README.txt', 'hi')), 'translations/README.txt is not a .json file')
  })

  it('reports a missing app.name on a private app', () => {
    expect(errorsOf(broken((d) => delete englishOf(d).app.name))).toEqual([
      'translations/en.json: "app.name" is missing or empty; a private app needs it as its display name. Add it as a non-empty string.',
    ])
  })

  it('reports a default-locale file without an app block', () => {
    expectError(broken((d) => delete (englishOf(d) as Record<string, unknown>).app), 'translations/en.json has no "app" object')
  })

  it('only checks the app block in the default locale', () => {
    expect(errorsOf(broken((d) => d.files.set('translations/fr.json', { ui: {} })))).toEqual([])
  })

  it('requires the listing texts of a public app', () => {
    const input = broken((d) => {
      d.manifest.private = false
      delete englishOf(d).app.long_description
      delete englishOf(d).app.installation_instructions
    })
    expectError(input, '"app.long_description" is missing or empty; a public app needs it')
    expectError(input, '"app.installation_instructions" is missing or empty')
    expect(errorsOf(input)).toHaveLength(2)
  })

  it('accepts "description" in place of short_description for a public app', () => {
    const input = broken((d) => {
      d.manifest.private = false
      englishOf(d).app.description = englishOf(d).app.short_description
      delete englishOf(d).app.short_description
    })
    expect(errorsOf(input)).toEqual([])
  })

  it('reports a missing parameter label with the exact message', () => {
    const input = broken((d) => delete (englishOf(d).app.parameters as Record<string, unknown>).sell_api_token)
    expect(errorsOf(input)).toEqual([
      'translations/en.json: "app.parameters.sell_api_token.label" is missing. Add the label admins see next to the "sell_api_token" setting, e.g. "sell_api_token": { "label": "..." }.',
    ])
  })

  it('reports a parameter entry without a label', () => {
    const input = broken((d) => void ((englishOf(d).app.parameters as Record<string, unknown>).requests_per_minute = { helpText: 'x' }))
    expectError(input, '"app.parameters.requests_per_minute.label" is missing')
  })

  it('reports every label when app.parameters is missing', () => {
    const errors = errorsOf(broken((d) => delete englishOf(d).app.parameters))
    expect(errors.filter((e) => e.includes('.label" is missing'))).toHaveLength(2)
  })

  it('warns about a label for a parameter the manifest does not declare', () => {
    const input = broken((d) => void ((englishOf(d).app.parameters as Record<string, unknown>).old_token = { label: 'Old' }))
    expectWarningOnly(input, '"app.parameters.old_token" has no matching parameter in manifest.json')
  })
})

describe('validatePackage: package hygiene', () => {
  it('reports an empty package', () => {
    expectError({ files: new Map() }, 'The package is empty')
  })

  it('reports symlinks found by the collector', () => {
    expectError(broken((d) => void (d.symlinks = ['assets/logo.png'])), 'assets/logo.png is a symbolic link', 'replace it with a copy')
  })

  it.each([
    ['assets/iframe-abc.js.map', 'source map'],
    ['assets/main.ts', 'TypeScript source'],
    ['assets/types.d.ts', 'TypeScript source'],
    ['assets/app.test.js', 'test file'],
    ['assets/__tests__/x.js', 'test file'],
    ['tests/a.js', 'test file'],
    ['node_modules/react/index.js', 'node_modules'],
    ['tmp/app-1700000000.zip', 'tmp/'],
    ['.env', 'hidden file'],
    ['assets/.DS_Store', 'hidden file'],
    ['.vite/manifest.json', 'hidden file'],
    ['zcli.apps.config.json', "zcli's local settings"],
    ['package.json', 'build configuration'],
    ['tsconfig.json', 'build configuration'],
  ])('reports the dev-only file %s', (path, kind) => {
    expectError(broken((d) => d.files.set(path, 'x')), `${path} is`, kind, 'must not ship')
  })

  it.each([
    ['../evil.js', 'contains an empty, "." or ".." segment'],
    ['/etc/passwd', 'is absolute'],
    ['assets\\x.js', 'uses backslashes'],
  ])('reports the unsafe path %s', (path, reason) => {
    expectError(broken((d) => d.files.set(path, 'x')), reason)
  })

  it('warns about files outside manifest.json, assets/ and translations/', () => {
    expectWarningOnly(broken((d) => d.files.set('README.md', '# hi')), 'README.md is outside manifest.json, assets/ and translations/')
  })

  it('warns about archive and document types', () => {
    expectWarningOnly(broken((d) => d.files.set('assets/guide.pdf', new Uint8Array(1))), 'assets/guide.pdf is a .pdf file')
  })
})

// Zendesk's published package rules as data. Sources: the server-side validator in
// zendesk/zendesk_apps_support (validations/manifest.rb, translations.rb, secure_settings.rb,
// location.rb, manifest/parameter.rb) as summarised in /work/shared/zendesk-reference.md §3.1-3.4.

/** The only framework version the server accepts for new uploads (AppVersion::CURRENT). */
export const FRAMEWORK_VERSION = '2.0'

/** Locale file names (and `defaultLocale`), e.g. `en`, `pt-br`. */
export const LOCALE_PATTERN = /^[a-z]{2,3}(-\w{2,3})?$/

/** Top-level manifest keys the server reads (Manifest::RUBY_TO_JSON); anything else is ignored. */
export const KNOWN_MANIFEST_KEYS = new Set([
  'name', 'author', 'defaultLocale', 'private', 'location', 'version', 'frameworkVersion',
  'domainWhitelist', 'parameters', 'requirementsOnly', 'marketingOnly', 'singleInstall',
  'signedUrls', 'noTemplate', 'oauth', 'experiments', 'remoteInstallationURL',
  'termsConditionsURL', 'gaID',
])

/** Manifest fields that must be JSON booleans when present. */
export const BOOLEAN_MANIFEST_KEYS = ['private', 'singleInstall', 'signedUrls', 'requirementsOnly', 'marketingOnly'] as const

/** Manifest fields that must be strings when present (frameworkVersion has its own, stricter check). */
export const STRING_MANIFEST_KEYS = ['defaultLocale', 'version', 'remoteInstallationURL', 'termsConditionsURL', 'gaID'] as const

/** Location hosts (products) and their legacy aliases. */
export const KNOWN_HOSTS = new Set(['support', 'zendesk', 'chat', 'zopim', 'sell'])

/** Support locations (location.rb); `modal`, `ticket_editor` and `ticket_module` are v2-only. */
export const SUPPORT_LOCATIONS = new Set([
  'top_bar', 'nav_bar', 'ticket_sidebar', 'new_ticket_sidebar', 'user_sidebar',
  'organization_sidebar', 'background', 'modal', 'ticket_editor', 'system_top_bar', 'ticket_module',
])

export const PARAMETER_TYPES = new Set(['text', 'password', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth'])

/** Where a secure setting may be substituted; `scopes` must be drawn from these. */
export const SECURE_SCOPES = new Set([
  'header', 'body', 'url', 'jwt_secret_key', 'jwt_claim', 'basic_auth_username', 'basic_auth_password',
])

/** Parameter names the server warns about when they are not secure (SecureSettings::SECURABLE_KEYWORDS). */
export const SECRET_LOOKING_NAME = /token|key|pwd|password/i

export const OAUTH_REQUIRED_FIELDS = ['client_id', 'client_secret', 'authorize_uri', 'access_token_uri'] as const

/** Keys a public app's default-locale `app` block needs; a private app needs only `name`. */
export const PUBLIC_APP_TRANSLATION_KEYS = ['name', 'short_description', 'long_description', 'installation_instructions'] as const

/** Archive and document types the server warns about (validations/mime.rb). */
export const SUSPICIOUS_EXTENSIONS = new Set([
  'zip', 'rar', '7z', 'gz', 'tgz', 'tar', 'bz2', 'jar', 'sh', 'exe', 'dmg',
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'mp3',
])

/** The only top-level entries an app package needs. */
export const PACKAGE_ROOT_ENTRIES = ['manifest.json', 'assets/', 'translations/'] as const

// manifest.json "parameters": the settings an admin fills in at install time. Secure ones are
// kept server-side and substituted only where `scopes` allow, so most rules here guard secrets.
import { isObject, show, type Findings, type JsonObject } from './package-input'
import { PARAMETER_TYPES, SECRET_LOOKING_NAME, SECURE_SCOPES } from './package-rules'

const M = 'manifest.json'

/** Returns the parameter names that are well-formed enough to need a label in translations. */
export function validateParameters(manifest: JsonObject, { errors, warnings }: Findings): string[] {
  const params = manifest.parameters
  if (params === undefined) return []
  if (!Array.isArray(params)) {
    errors.push(`${M}: "parameters" is ${show(params)}, but it must be an array of parameter objects. Write "parameters": [ { "name": "...", "type": "text" } ].`)
    return []
  }
  const names: string[] = []
  const seen = new Set<string>()
  let oauthCount = 0
  params.forEach((param: unknown, index) => {
    if (!isObject(param) || typeof param.name !== 'string' || param.name.trim() === '') {
      errors.push(`${M}: parameters[${index}] needs a non-empty string "name". Give every parameter a unique name.`)
      return
    }
    const name = param.name
    const at = `parameter "${name}"`
    if (seen.has(name)) {
      errors.push(`${M}: ${at} is declared more than once. Parameter names must be unique; rename or remove the duplicate.`)
      return
    }
    seen.add(name)
    names.push(name)
    if (name === 'name') {
      errors.push(`${M}: a parameter is called "name", which Zendesk reserves for the app's own name. Rename it (e.g. "display_name").`)
    }

    // The server treats a missing type as "text" (Manifest::Parameter).
    const type = param.type === undefined ? 'text' : param.type
    if (typeof type !== 'string' || !PARAMETER_TYPES.has(type)) {
      errors.push(`${M}: ${at} has type ${show(type)}, which Zendesk does not know. Use one of: ${[...PARAMETER_TYPES].join(', ')}.`)
    }
    if (type === 'password') {
      warnings.push(`${M}: ${at} uses the deprecated type "password". Use "type": "text" with "secure": true instead.`)
    }
    if (type === 'oauth') oauthCount++

    for (const flag of ['required', 'secure'] as const) {
      if (param[flag] !== undefined && typeof param[flag] !== 'boolean') {
        errors.push(`${M}: ${at} has "${flag}": ${show(param[flag])}, but it must be a JSON boolean. Write true or false, without quotes.`)
      }
    }
    const secure = param.secure === true
    if (type === 'hidden' && param.required === true) {
      errors.push(`${M}: ${at} is hidden and required, but an admin cannot fill in a hidden parameter. Remove "required": true or change the type.`)
    }
    if (type === 'oauth' && secure) {
      errors.push(`${M}: ${at} is of type "oauth" and secure; Zendesk does not allow OAuth parameters to be secure. Remove "secure": true.`)
    }
    checkScopes(param, at, secure, { errors, warnings })

    if (!secure && SECRET_LOOKING_NAME.test(name) && (type === 'text' || type === 'password')) {
      warnings.push(`${M}: ${at} looks like a credential but is not secure, so its value would reach the browser. Add "secure": true and "scopes" if it holds a secret.`)
    }
    if ('default' in param && (secure || type === 'hidden')) {
      warnings.push(`${M}: ${at} is ${secure ? 'secure' : 'hidden'} and has a default value, which ships in the package for anyone to read. Remove "default".`)
    }
  })
  if (oauthCount > 1) {
    errors.push(`${M}: ${oauthCount} parameters have type "oauth"; Zendesk allows only one. Keep a single OAuth parameter.`)
  }
  return names
}

function checkScopes(param: JsonObject, at: string, secure: boolean, { errors, warnings }: Findings): void {
  const scopes = param.scopes
  if (scopes === undefined) {
    if (secure) {
      warnings.push(`${M}: ${at} is secure but has no "scopes", which may expose the secret wherever the app sends requests. Add "scopes" such as ["header"].`)
    }
    return
  }
  if (!secure) {
    errors.push(`${M}: ${at} has "scopes" but is not secure; scopes only apply to secure parameters. Add "secure": true or remove "scopes".`)
    return
  }
  if (!Array.isArray(scopes) || scopes.length === 0) {
    errors.push(`${M}: ${at} has "scopes": ${show(scopes)}, but it must be a non-empty array. Use e.g. ["header"].`)
    return
  }
  const unknown = scopes.filter((s) => typeof s !== 'string' || !SECURE_SCOPES.has(s))
  if (unknown.length > 0) {
    errors.push(`${M}: ${at} has unknown scopes ${unknown.map(show).join(', ')}. Allowed scopes: ${[...SECURE_SCOPES].join(', ')}.`)
  }
}

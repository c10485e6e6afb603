// The shape every package check works on: the would-be zip as path -> content, with no
// filesystem access, so the checks are pure and tests can build broken packages in memory.

export type FileContent = Uint8Array | string

export interface PackageInput {
  /** Zip-relative POSIX paths (`manifest.json`, `assets/logo.png`) to their content. */
  files: ReadonlyMap<string, FileContent>
  /** Paths the collector found as symlinks; they are reported, never followed. */
  symlinks?: readonly string[]
}

export interface Findings {
  errors: string[]
  warnings: string[]
}

export type JsonObject = Record<string, unknown>

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** How a JSON value reads in a message: `"true"` for the string, `true` for the boolean. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined'
  const text = JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

/**
 * Decodes and parses a JSON file, recording an error instead of throwing. Zendesk parses
 * with a strict UTF-8 JSON parser, so a byte-order mark or invalid UTF-8 is reported too.
 */
export function readJson(path: string, content: FileContent, findings: Findings): unknown {
  let text: string
  if (typeof content === 'string') {
    text = content
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content)
    } catch {
      findings.errors.push(`${path} is not valid UTF-8. Save it as UTF-8 without a byte-order mark.`)
      return undefined
    }
  }
  if (text.startsWith('\uFEFF')) {
    findings.errors.push(`${path} starts with a byte-order mark, which Zendesk's JSON parser rejects. Save it as UTF-8 without a BOM.`)
    return undefined
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    findings.errors.push(`${path} is not valid JSON (${reason}). Fix the syntax: JSON allows no comments and no trailing commas.`)
    return undefined
  }
}

// Offline check of an app package against Zendesk's published rules, so `npm run package`
// fails here with a clear message instead of at upload time. Pure: the caller supplies the
// files (see collect-files.ts), which keeps every rule testable with in-memory packages.
import { isObject, readJson, type Findings, type JsonObject, type PackageInput } from './package-input'
import { validateFiles } from './validate-files'
import { validateManifest } from './validate-manifest'
import { validateParameters } from './validate-parameters'
import { validateTranslations } from './validate-translations'

export type { FileContent, PackageInput } from './package-input'

export interface ValidationResult {
  errors: string[]
  warnings: string[]
}

export function validatePackage(input: PackageInput): ValidationResult {
  const findings: Findings = { errors: [], warnings: [] }
  validateFiles(input, findings)
  const manifest = readManifest(input, findings)
  let parameterNames: string[] = []
  if (manifest) {
    validateManifest(manifest, input.files, findings)
    parameterNames = validateParameters(manifest, findings)
  }
  validateTranslations(input.files, { manifest, parameterNames }, findings)
  return findings
}

function readManifest(input: PackageInput, findings: Findings): JsonObject | undefined {
  const content = input.files.get('manifest.json')
  if (content === undefined) {
    // A nested manifest usually means the folder was zipped instead of its contents;
    // validate-files reports it by name, so only say what is missing at the root.
    findings.errors.push('manifest.json is missing from the package root. Zendesk needs it at the top of the zip, next to assets/ and translations/.')
    return undefined
  }
  const json = readJson('manifest.json', content, findings)
  if (json === undefined) return undefined
  if (!isObject(json)) {
    findings.errors.push('manifest.json must contain a JSON object ({ ... }), not an array or a single value.')
    return undefined
  }
  return json
}

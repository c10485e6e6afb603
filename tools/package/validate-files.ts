// Package hygiene: what may sit in the zip at all, independent of what the manifest says.
import type { Findings, PackageInput } from './package-input'
import { PACKAGE_ROOT_ENTRIES, SUSPICIOUS_EXTENSIONS } from './package-rules'

/** Why a path is development-only, or undefined when it may ship. */
function devOnlyReason(path: string): string | undefined {
  const segments = path.split('/')
  const name = segments[segments.length - 1] ?? ''
  if (segments.includes('node_modules')) return 'a node_modules file'
  if (segments[0] === 'tmp') return 'a leftover from tmp/ (zcli writes scratch zips there)'
  if (segments.some((s) => s.startsWith('.'))) return 'a hidden file or folder (editor, VCS, Vite cache or .env)'
  if (name.endsWith('.map')) return 'a source map, which would publish the original source'
  if (/\.[cm]?tsx?$/.test(name)) return 'TypeScript source'
  if (/\.(test|spec)\.[cm]?[jt]sx?$/.test(name) || segments.includes('__tests__') || segments[0] === 'tests') return 'a test file'
  if (name === 'zcli.apps.config.json') return "zcli's local settings file, which can hold real setting values"
  if (/^(package(-lock)?\.json|tsconfig(\..+)?\.json|vite(st)?\.config\.[cm]?[jt]s)$/.test(name)) return 'a build configuration file'
  return undefined
}

/** Zip entries that could escape the extraction folder or that zip tools disagree on. */
function unsafePathReason(path: string): string | undefined {
  if (path.includes('\\')) return 'uses backslashes; zip paths must use forward slashes'
  if (path.startsWith('/')) return 'is absolute; zip paths must be relative to the package root'
  if (path.split('/').some((s) => s === '..' || s === '.' || s === '')) return 'contains an empty, "." or ".." segment'
  return undefined
}

export function validateFiles(input: PackageInput, findings: Findings): void {
  const { errors, warnings } = findings
  if (input.files.size === 0) {
    errors.push('The package is empty. Run the build first so dist/ holds manifest.json, assets/ and translations/.')
  }
  for (const link of input.symlinks ?? []) {
    errors.push(`${link} is a symbolic link. Zendesk rejects symlinks in app packages: replace it with a copy of the file it points to.`)
  }
  for (const path of [...input.files.keys()].sort()) {
    const unsafe = unsafePathReason(path)
    if (unsafe) {
      errors.push(`The path "${path}" ${unsafe}. Fix how the package is assembled.`)
      continue
    }
    const devOnly = devOnlyReason(path)
    if (devOnly) {
      errors.push(`${path} is ${devOnly} and must not ship. Exclude it from the build output.`)
      continue
    }
    if (path !== 'manifest.json' && path.endsWith('/manifest.json')) {
      errors.push(`${path} is a nested manifest. Zendesk needs exactly one manifest.json, at the zip root; remove this one (or zip the folder's contents, not the folder).`)
      continue
    }
    if (!PACKAGE_ROOT_ENTRIES.some((entry) => path === entry || (entry.endsWith('/') && path.startsWith(entry)))) {
      warnings.push(`${path} is outside manifest.json, assets/ and translations/; Zendesk does not use it. Move it under assets/ or leave it out of the build.`)
    }
    const extension = path.includes('.') ? path.slice(path.lastIndexOf('.') + 1).toLowerCase() : ''
    if (SUSPICIOUS_EXTENSIONS.has(extension)) {
      warnings.push(`${path} is a .${extension} file, a type Zendesk flags during review. Leave it out unless the app really serves it.`)
    }
  }
}

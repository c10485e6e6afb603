// `npm run package` (after `vite build`): validates dist/ offline against Zendesk's package
// rules and, only if there are no errors, writes tmp/privacy-assistant-<version>.zip, the file
// to upload with `zcli apps:create` / `apps:update` or through Admin Center. No credentials needed.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { collectFiles } from './collect-files'
import { validatePackage, type ValidationResult } from './validate-package'
import { zipPackage } from './zip-package'

export const ZIP_BASENAME = 'privacy-assistant'

export interface PackageOptions {
  distDir: string
  outDir: string
}

export interface PackageOutcome extends ValidationResult {
  /** Set only when the package passed validation and the zip was written. */
  zipPath?: string
  zipBytes?: number
}

export function packageApp({ distDir, outDir }: PackageOptions): PackageOutcome {
  const { files, symlinks } = collectFiles(distDir)
  const result = validatePackage({ files, symlinks })
  if (result.errors.length > 0) return result

  const zip = zipPackage(files)
  mkdirSync(outDir, { recursive: true })
  const zipPath = join(outDir, `${ZIP_BASENAME}-${versionOf(files.get('manifest.json'))}.zip`)
  writeFileSync(zipPath, zip)
  return { ...result, zipPath, zipBytes: zip.length }
}

/** The manifest version, reduced to characters that are safe in a file name. */
function versionOf(manifest: Uint8Array | undefined): string {
  try {
    const version: unknown = JSON.parse(new TextDecoder().decode(manifest)).version
    if (typeof version === 'string' && version.trim() !== '') return version.replace(/[^\w.-]+/g, '_')
  } catch {
    // validation already passed, so this only guards against a manifest without a version
  }
  return 'unversioned'
}

function main(): void {
  const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
  const distDir = join(repoRoot, 'dist')
  const outcome = packageApp({ distDir, outDir: join(repoRoot, 'tmp') })
  for (const warning of outcome.warnings) console.warn(`warning: ${warning}`)
  for (const error of outcome.errors) console.error(`error: ${error}`)
  if (!outcome.zipPath) {
    console.error(`\nPackage NOT written: ${outcome.errors.length} error(s) in ${relative(process.cwd(), distDir) || '.'}/. Fix them and run npm run package again.`)
    process.exit(1)
  }
  const kb = ((outcome.zipBytes ?? 0) / 1000).toFixed(1)
  console.log(`Package written: ${relative(process.cwd(), outcome.zipPath)} (${kb} kB, ${outcome.warnings.length} warning(s))`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main()

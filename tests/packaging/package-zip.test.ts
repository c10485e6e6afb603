// @vitest-environment node
// End to end on a hand-made dist/: collect -> validate -> zip, then unzip with fflate and check
// the archive is what Zendesk expects (manifest.json, assets/, translations/ at the root).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { collectFiles } from '../../tools/package/collect-files'
import { packageApp } from '../../tools/package/package-app'

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url))
const DEV_ONLY = /(\.map|\.[cm]?tsx?|\.(test|spec)\.[jt]sx?)$|(^|\/)(node_modules|tmp|\.[^/]+)(\/|$)/

let work: string
let dist: string
let out: string

/** What `vite build` leaves in dist/, with the repo's real manifest, translations and logos. */
function makeDist(): void {
  mkdirSync(join(dist, 'assets'), { recursive: true })
  cpSync(repo('manifest.json'), join(dist, 'manifest.json'))
  cpSync(repo('translations'), join(dist, 'translations'), { recursive: true })
  for (const logo of ['logo.png', 'logo-small.png']) cpSync(repo(`assets/${logo}`), join(dist, 'assets', logo))
  writeFileSync(join(dist, 'assets/iframe.html'), '<!doctype html><script type="module" crossorigin src="../assets/iframe-abc.js"></script>')
  writeFileSync(join(dist, 'assets/iframe-abc.js'), 'import("./lazy-def.js");document.title="x"')
  writeFileSync(join(dist, 'assets/lazy-def.js'), 'export const x=1')
}

function version(): string {
  return (JSON.parse(readFileSync(repo('manifest.json'), 'utf8')) as { version: string }).version
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'pa-package-'))
  dist = join(work, 'dist')
  out = join(work, 'tmp')
  makeDist()
})

afterEach(() => {
  rmSync(work, { recursive: true, force: true })
})

describe('packageApp', () => {
  it('writes tmp/privacy-assistant-<version>.zip whose entries sit at the zip root', () => {
    const outcome = packageApp({ distDir: dist, outDir: out })
    expect(outcome.errors).toEqual([])
    expect(outcome.zipPath).toBe(join(out, `privacy-assistant-${version()}.zip`))

    const zip = readFileSync(outcome.zipPath as string)
    expect(outcome.zipBytes).toBe(zip.length)
    const entries = unzipSync(new Uint8Array(zip))
    const names = Object.keys(entries).sort()
    const { files } = collectFiles(dist)
    expect(names).toEqual([...files.keys()].sort())
    expect(names).toContain('manifest.json')
    expect(names).toContain('assets/iframe.html')
    expect(names).toContain('translations/en.json')
    for (const name of names) {
      expect(name).toMatch(/^(manifest\.json|assets\/[^/].*|translations\/[^/]+\.json)$/)
      expect(name).not.toMatch(DEV_ONLY)
      expect(Buffer.from(entries[name] as Uint8Array).equals(Buffer.from(files.get(name) as Uint8Array)), name).toBe(true)
    }
  })

  it('produces byte-identical zips from the same build', () => {
    const first = readFileSync(packageApp({ distDir: dist, outDir: out }).zipPath as string)
    const second = readFileSync(packageApp({ distDir: dist, outDir: join(work, 'again') }).zipPath as string)
    expect(first.equals(second)).toBe(true)
  })

  it('refuses to write a zip when dist/ holds a dev-only file', () => {
    writeFileSync(join(dist, 'assets/iframe-abc.js.map'), '{}')
    const outcome = packageApp({ distDir: dist, outDir: out })
    expect(outcome.errors).toEqual([expect.stringContaining('assets/iframe-abc.js.map is a source map')])
    expect(outcome.zipPath).toBeUndefined()
    expect(existsSync(out)).toBe(false)
  })

  it('refuses to write a zip when the manifest is broken', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Record<string, unknown>
    manifest.frameworkVersion = '1.0'
    writeFileSync(join(dist, 'manifest.json'), JSON.stringify(manifest))
    const outcome = packageApp({ distDir: dist, outDir: out })
    expect(outcome.errors).toEqual([expect.stringContaining('"frameworkVersion" is "1.0"')])
    expect(existsSync(out)).toBe(false)
  })

  it('reports symlinks without following them', () => {
    const secret = join(work, 'secret.txt')
    writeFileSync(secret, 'do not ship')
    symlinkSync(secret, join(dist, 'assets/notes.txt'))
    symlinkSync(join(work, 'dist', 'translations'), join(dist, 'assets/linked-folder'))
    const { files, symlinks } = collectFiles(dist)
    expect(symlinks).toEqual(['assets/linked-folder', 'assets/notes.txt'])
    expect([...files.keys()].some((p) => p.includes('notes') || p.includes('linked-folder'))).toBe(false)
    const outcome = packageApp({ distDir: dist, outDir: out })
    expect(outcome.errors).toContainEqual(expect.stringContaining('assets/notes.txt is a symbolic link'))
    expect(outcome.zipPath).toBeUndefined()
  })

  it('explains a missing dist/ folder', () => {
    expect(() => packageApp({ distDir: join(work, 'nope'), outDir: out })).toThrow(/does not exist\. Run the build first/)
  })
})

// @vitest-environment node
// Our own manifest.json, translations and logos must pass the same offline rules as any upload.
// The build's assets/iframe.html is stood in by a fake entry so this runs without `vite build`.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { collectFiles } from '../../tools/package/collect-files'
import { validatePackage } from '../../tools/package/validate-package'

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url))

function repoPackage(): Map<string, Uint8Array | string> {
  const files = new Map<string, Uint8Array | string>()
  files.set('manifest.json', readFileSync(repo('manifest.json')))
  for (const folder of ['translations', 'assets']) {
    const { files: found, symlinks } = collectFiles(repo(folder))
    expect(symlinks, `symlinks in ${folder}/`).toEqual([])
    for (const [path, content] of found) files.set(`${folder}/${path}`, content)
  }
  files.set('assets/iframe.html', '<!doctype html><script type="module" src="./iframe-fake.js"></script>')
  return files
}

describe("the repo's own package sources", () => {
  it('have the files the package needs', () => {
    for (const path of ['manifest.json', 'translations/en.json', 'assets/logo.png', 'assets/logo-small.png']) {
      expect(existsSync(repo(path)), path).toBe(true)
    }
  })

  it('pass validation with zero errors', () => {
    expect(validatePackage({ files: repoPackage() }).errors).toEqual([])
  })

  it('pass validation with zero warnings', () => {
    expect(validatePackage({ files: repoPackage() }).warnings).toEqual([])
  })
})

// @vitest-environment node
// The acceptance: the initial JS of assets/iframe.html stays <= 150 kB gzipped.
// The real check builds the app with the repo's vite.config.ts into a temp folder, so it
// runs in `npm test` on a fresh clone and the budget cannot creep unnoticed.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import {
  findInitialScripts,
  findStaticImports,
  formatReport,
  INITIAL_JS_BUDGET_GZIP_BYTES,
  measureInitialJs,
} from '../../tools/package/report-bundle'

const temps: string[] = []
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pa-bundle-'))
  temps.push(dir)
  return dir
}

function writeDist(files: Record<string, string>): string {
  const dist = tempDir()
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true })
    writeFileSync(join(dist, path), content)
  }
  return dist
}

describe('findInitialScripts', () => {
  it('finds module scripts, classic scripts, modulepreload links and inline JS, and skips the rest', () => {
    const html = `<!doctype html><head>
      <script type="module" crossorigin src="../assets/iframe-A1.js"></script>
      <link rel="modulepreload" crossorigin href="../assets/vendor-B2.js">
      <link rel="stylesheet" href="../assets/iframe-C3.css">
      <link rel="preload" as="image" href="../assets/logo.png">
      <script src='./legacy.js'></script>
      <script nomodule src="./polyfills.js"></script>
      <script type="application/json" id="data">{"a":1}</script>
      <script>window.x = 1</script>
    </head>`
    expect(findInitialScripts(html)).toEqual({
      urls: ['../assets/iframe-A1.js', './legacy.js', '../assets/vendor-B2.js'],
      inline: ['window.x = 1'],
    })
  })

  it('finds static imports but not dynamic ones', () => {
    const js = 'import{a as b}from"./vendor-B2.js";import"./side.js";export*from"../x/y.js";const l=()=>import("./lazy-D4.js")'
    expect(findStaticImports(js)).toEqual(['./vendor-B2.js', './side.js', '../x/y.js'])
  })
})

describe('measureInitialJs', () => {
  it('counts the entry, its preloads and static imports but not lazy chunks', () => {
    const big = 'x'.repeat(5000)
    const dist = writeDist({
      'assets/iframe.html': '<script type="module" src="../assets/iframe-A1.js"></script><link rel="modulepreload" href="../assets/vendor-B2.js">',
      'assets/iframe-A1.js': `import{v}from"./vendor-B2.js";import"./shared-E5.js";const l=()=>import("./lazy-D4.js");${big}`,
      'assets/vendor-B2.js': `export const v=1;${big}`,
      'assets/shared-E5.js': 'export const s=2',
      'assets/lazy-D4.js': `export const lazy=3;${big}${big}`,
    })
    const report = measureInitialJs(dist)
    expect(report.files.map((f) => f.path)).toEqual(['assets/iframe-A1.js', 'assets/vendor-B2.js', 'assets/shared-E5.js'])
    expect(report.rawBytes).toBe(report.files.reduce((n, f) => n + f.rawBytes, 0))
    expect(report.gzipBytes).toBeLessThan(report.rawBytes)
    expect(formatReport(report)).toMatch(/total\s+10\.\d kB raw\s+0\.\d kB gzip/)
  })

  it('lists external scripts as not measured', () => {
    const dist = writeDist({ 'assets/iframe.html': '<script src="https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js"></script>' })
    expect(measureInitialJs(dist).external).toHaveLength(1)
  })

  it('fails clearly when the HTML or a script is missing', () => {
    expect(() => measureInitialJs(tempDir())).toThrow(/iframe\.html does not exist/)
    const dist = writeDist({ 'assets/iframe.html': '<script type="module" src="./gone.js"></script>' })
    expect(() => measureInitialJs(dist)).toThrow(/loads assets\/gone\.js, which is not in/)
  })
})

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const hasApp = existsSync(join(repoRoot, 'vite.config.ts')) && existsSync(join(repoRoot, 'assets/iframe.html'))

describe.skipIf(!hasApp)('the production build', () => {
  it(`keeps the initial JS of assets/iframe.html within ${INITIAL_JS_BUDGET_GZIP_BYTES / 1000} kB gzipped`, async () => {
    const { build, loadConfigFromFile } = await import('vite')
    const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(repoRoot, 'vite.config.ts'))
    if (!loaded) throw new Error('vite.config.ts did not load')
    const outDir = tempDir()
    // The package-files plugin writes into the real dist/; the JS budget does not need it,
    // and a test must not touch the working tree.
    const plugins = (loaded.config.plugins ?? []).flat(Infinity as 1).filter((p) => !(p && typeof p === 'object' && 'name' in p && p.name === 'zendesk-package-files'))
    // Vitest sets NODE_ENV=test, and Vite lets NODE_ENV win over mode: without this the build
    // would bundle React's development code and measure the wrong thing.
    const nodeEnv = process.env.NODE_ENV
    process.env.NODE_ENV = 'production'
    try {
      await build({
        ...loaded.config,
        configFile: false,
        mode: 'production',
        plugins,
        logLevel: 'error',
        build: { ...loaded.config.build, outDir, emptyOutDir: true },
      })
    } finally {
      process.env.NODE_ENV = nodeEnv
    }
    const report = measureInitialJs(outDir)
    console.log(formatReport(report))
    expect(report.files.length).toBeGreaterThan(0)
    expect(report.external).toEqual([])
    expect(report.gzipBytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_GZIP_BYTES)
  }, 180_000)
})

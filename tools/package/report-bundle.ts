// Run after `vite build`: measures the JS a sidebar downloads before it can render (the entry
// module script, its modulepreload links and their static imports; lazy chunks excluded) and
// prints raw and gzip -9 sizes. The budget is 150 kB gzipped; the same function backs
// a test so the budget cannot creep.
import { existsSync, readFileSync } from 'node:fs'
import { join, posix, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

/** 150 kB, in Vite's units (1 kB = 1000 bytes) so the numbers match its build output. */
export const INITIAL_JS_BUDGET_GZIP_BYTES = 150_000

export interface ScriptRefs {
  /** src/href values of scripts and modulepreload links, as written in the HTML. */
  urls: string[]
  /** Bodies of inline JavaScript scripts. */
  inline: string[]
}

export interface MeasuredFile {
  /** Path relative to the dist folder, or `<inline #n>`. */
  path: string
  rawBytes: number
  gzipBytes: number
}

export interface InitialJsReport {
  files: MeasuredFile[]
  rawBytes: number
  gzipBytes: number
  /** Absolute script URLs (CDNs) that cannot be measured from dist/. */
  external: string[]
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript'])

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>()
  const body = tag.replace(/^<\w+/, '').replace(/\/?>$/, '')
  for (const m of body.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attrs.set((m[1] ?? '').toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '')
  }
  return attrs
}

/** Pure: which scripts an HTML page loads up front. `nomodule` scripts are skipped (modern browsers ignore them). */
export function findInitialScripts(html: string): ScriptRefs {
  const refs: ScriptRefs = { urls: [], inline: [] }
  for (const m of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = attributes(m[1] ?? '')
    if (attrs.has('nomodule') || !JS_TYPES.has((attrs.get('type') ?? '').toLowerCase())) continue
    const src = attrs.get('src')
    if (src) refs.urls.push(src)
    else if ((m[2] ?? '').trim()) refs.inline.push(m[2] ?? '')
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(m[0])
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/)
    const href = attrs.get('href')
    if (rel.includes('modulepreload') && href) refs.urls.push(href)
  }
  return refs
}

/**
 * Relative .js specifiers of static imports/re-exports; `import(...)` (lazy) does not match.
 * A regex over minified code can also hit a string literal, so callers treat hits as hints.
 */
export function findStaticImports(js: string): string[] {
  return [...js.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"'\s]+\.m?js)["']/g)].map((m) => m[1] ?? '')
}

/** A script URL as a dist-relative path, or undefined for external URLs. */
function toDistPath(url: string, fromFile: string): string | undefined {
  if (/^([a-z][a-z0-9+.-]*:)?\/\//i.test(url)) return undefined
  const clean = url.replace(/[?#].*$/, '')
  return clean.startsWith('/') ? posix.normalize(clean.slice(1)) : posix.join(posix.dirname(fromFile), clean)
}

function measure(path: string, bytes: Uint8Array): MeasuredFile {
  return { path, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length }
}

/** Measures the initial JS of `htmlPath` (relative to `distDir`). Throws if the HTML or a script is missing. */
export function measureInitialJs(distDir: string, htmlPath = 'assets/iframe.html'): InitialJsReport {
  const htmlFile = join(distDir, htmlPath)
  if (!existsSync(htmlFile)) throw new Error(`${htmlFile} does not exist. Run vite build first.`)
  const refs = findInitialScripts(readFileSync(htmlFile, 'utf8'))
  const report: InitialJsReport = { files: [], rawBytes: 0, gzipBytes: 0, external: [] }
  const encoder = new TextEncoder()
  refs.inline.forEach((body, i) => report.files.push(measure(`<inline #${i + 1}>`, encoder.encode(body))))

  const queue: { path: string; fromHtml: boolean }[] = []
  for (const url of refs.urls) {
    const path = toDistPath(url, htmlPath)
    if (path === undefined) report.external.push(url)
    else queue.push({ path, fromHtml: true })
  }
  // Follow static imports too, so the number stays right even if modulepreload links are turned off.
  const seen = new Set<string>()
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { path, fromHtml } = next
    if (seen.has(path)) continue
    seen.add(path)
    const file = join(distDir, path)
    if (!existsSync(file)) {
      if (fromHtml) throw new Error(`${htmlPath} loads ${path}, which is not in ${distDir}.`)
      continue // an import-looking string literal, not a chunk
    }
    const bytes = readFileSync(file)
    report.files.push(measure(path, bytes))
    for (const spec of findStaticImports(bytes.toString('utf8'))) {
      queue.push({ path: posix.join(posix.dirname(path), spec), fromHtml: false })
    }
  }
  for (const f of report.files) {
    report.rawBytes += f.rawBytes
    report.gzipBytes += f.gzipBytes
  }
  return report
}

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`

export function formatReport(report: InitialJsReport, budget = INITIAL_JS_BUDGET_GZIP_BYTES): string {
  const width = Math.max(5, ...report.files.map((f) => f.path.length))
  const lines = [`Initial JS of assets/iframe.html (budget ${kb(budget)} gzipped):`]
  for (const f of report.files) lines.push(`  ${f.path.padEnd(width)}  ${kb(f.rawBytes).padStart(9)} raw  ${kb(f.gzipBytes).padStart(9)} gzip`)
  lines.push(`  ${'total'.padEnd(width)}  ${kb(report.rawBytes).padStart(9)} raw  ${kb(report.gzipBytes).padStart(9)} gzip`)
  for (const url of report.external) lines.push(`  (not measured: external script ${url})`)
  return lines.join('\n')
}

function main(): void {
  const distDir = fileURLToPath(new URL('../../dist', import.meta.url))
  const report = measureInitialJs(distDir)
  console.log(formatReport(report))
  if (report.gzipBytes > INITIAL_JS_BUDGET_GZIP_BYTES) {
    console.error(`Initial JS is ${kb(report.gzipBytes)} gzipped, over the ${kb(INITIAL_JS_BUDGET_GZIP_BYTES)} budget. Lazy-load more (React.lazy per location/panel) or drop a dependency.`)
    process.exit(1)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main()

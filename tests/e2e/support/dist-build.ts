import { readdir, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { build } from 'vite'

/**
 * The e2e suite tests the production bundle. It rebuilds dist/ only when dist/assets/iframe.html is
 * missing or older than any input of the build, so a rerun after an unrelated change costs nothing.
 */

const INPUTS = ['src', 'assets', 'translations', 'manifest.json', 'vite.config.ts', 'package-lock.json', 'tsconfig.json']

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined)
  if (!info) return 0
  if (!info.isDirectory()) return info.mtimeMs
  let newest = info.mtimeMs
  for (const entry of await readdir(path)) newest = Math.max(newest, await newestMtime(join(path, entry)))
  return newest
}

export async function distIsStale(root: string): Promise<boolean> {
  const output = await stat(resolve(root, 'dist/assets/iframe.html')).catch(() => undefined)
  if (!output) return true
  const inputs = await Promise.all(INPUTS.map((input) => newestMtime(resolve(root, input))))
  return Math.max(...inputs) > output.mtimeMs
}

/** Builds dist/ with the project's vite.config.ts if needed; returns whether it built. */
export async function ensureDist(root: string): Promise<boolean> {
  if (!(await distIsStale(root))) return false
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' })
  return true
}

import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Locator, Page } from 'playwright-core'

/** Saves `tmp/screenshots/<name>.png` (gitignored) for humans to look at after a run. */
export async function screenshot(target: Page | Locator, root: string, name: string): Promise<string> {
  const directory = resolve(root, 'tmp/screenshots')
  await mkdir(directory, { recursive: true })
  const path = resolve(directory, `${name}.png`)
  await target.screenshot({ path, animations: 'disabled' })
  return path
}

// Reads a build folder into the path -> bytes map the validator and zipper work on.
// Symlinks are reported, never followed: Zendesk rejects them, and following one could pull
// files from outside the build into the zip.
import { lstatSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface CollectedFiles {
  /** POSIX paths relative to the folder, sorted, to file bytes. */
  files: Map<string, Uint8Array>
  /** Relative paths of symlinks found (files or folders); their targets are not read. */
  symlinks: string[]
}

export function collectFiles(root: string): CollectedFiles {
  let rootStat
  try {
    rootStat = lstatSync(root)
  } catch {
    throw new Error(`${root} does not exist. Run the build first (npm run build).`)
  }
  if (!rootStat.isDirectory()) throw new Error(`${root} is not a directory.`)

  const collected: CollectedFiles = { files: new Map(), symlinks: [] }
  walk(root, '', collected)
  return collected
}

function walk(dir: string, prefix: string, out: CollectedFiles): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
  for (const entry of entries) {
    const rel = prefix + entry.name
    const abs = join(dir, entry.name)
    if (entry.isSymbolicLink()) out.symlinks.push(rel)
    else if (entry.isDirectory()) walk(abs, `${rel}/`, out)
    else if (entry.isFile()) out.files.set(rel, new Uint8Array(readFileSync(abs)))
    // Sockets, FIFOs and devices would block or fail on read and have no place in a zip.
    else throw new Error(`${abs} is not a regular file, folder or symlink; remove it from the build output.`)
  }
}

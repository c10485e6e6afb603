import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

const root = import.meta.dirname

/**
 * Copies what Zendesk reads straight from the package (manifest, logos, translation files) into dist/.
 * Translation files ship only their `app` block: the UI strings are bundled into the JS instead.
 */
function zendeskPackageFiles(): Plugin {
  let dist = resolve(root, 'dist')
  return {
    name: 'zendesk-package-files',
    apply: 'build',
    configResolved(config) {
      dist = resolve(config.root, config.build.outDir)
    },
    async closeBundle() {
      await mkdir(resolve(dist, 'translations'), { recursive: true })
      await mkdir(resolve(dist, 'assets'), { recursive: true })
      await copyFile(resolve(root, 'manifest.json'), resolve(dist, 'manifest.json'))
      for (const logo of ['logo.png', 'logo-small.png']) {
        await copyFile(resolve(root, 'assets', logo), resolve(dist, 'assets', logo))
      }
      for (const file of await readdir(resolve(root, 'translations'))) {
        if (!file.endsWith('.json')) continue
        const { app } = JSON.parse(await readFile(resolve(root, 'translations', file), 'utf8')) as { app: unknown }
        await writeFile(resolve(dist, 'translations', file), `${JSON.stringify({ app }, null, 2)}\n`)
      }
    },
  }
}

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  plugins: [react(), zendeskPackageFiles()],
  server: { port: 5173, strictPort: false, host: 'localhost' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: { input: resolve(root, 'assets/iframe.html') },
  },
})

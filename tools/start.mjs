#!/usr/bin/env node
// `npm start`: the Vite dev server with the local Agent Workspace (dev/workspace/) and the app (assets/iframe.html).
// Bound to the loopback address only: the workspace holds a fake account and must not be reachable from the network.
import { resolve } from 'node:path'
import { createServer } from 'vite'

const root = resolve(import.meta.dirname, '..')
const host = '127.0.0.1'
const port = Number(process.env.PORT) || 5173

const server = await createServer({
  configFile: resolve(root, 'vite.config.ts'),
  // 127.0.0.1 rather than "localhost": some systems resolve localhost to ::1 first, and the app frame is
  // loaded from http://localhost:<port> (another origin, like Zendesk) which browsers reach on either.
  server: { host, port, strictPort: false },
})
await server.listen()

const address = server.httpServer?.address()
const actualPort = typeof address === 'object' && address ? address.port : port
console.log(`\nLocal Agent Workspace: http://${host}:${actualPort}/dev/workspace/index.html`)
console.log(`The app alone:         http://localhost:${actualPort}/assets/iframe.html (explains it must run inside Zendesk)`)
console.log('Press Ctrl+C to stop.\n')

const stop = async () => {
  await server.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)

import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// Unit and integration tests. Pure core tests opt into the node environment with a docblock;
// everything else runs in jsdom so React and the ZAF SDK (which reads `window` at import) work.
export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup/setup-tests.ts'],
    testTimeout: 20_000,
  },
})

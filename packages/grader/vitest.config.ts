import { defineConfig } from 'vitest/config'

// Each suite grades real submissions in sandboxed processes: seconds, not milliseconds.
export default defineConfig({
  test: { include: ['test/*.test.ts'], testTimeout: 120_000, hookTimeout: 240_000 },
})

import { defineConfig } from 'vitest/config'

// The suites clone local git repositories and grade real submissions: seconds, not milliseconds.
export default defineConfig({
  test: { include: ['test/*.test.ts'], testTimeout: 120_000, hookTimeout: 240_000 },
})

import { defineConfig } from 'vitest/config'

// Each suite writes a release and installs it: minutes, not milliseconds.
export default defineConfig({
  test: { include: ['test/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 },
})

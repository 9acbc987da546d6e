import { defineConfig } from 'vitest/config'

// The end-to-end tests drive the real CLI, which runs real exercises: give them time on a busy machine.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 60_000 },
})

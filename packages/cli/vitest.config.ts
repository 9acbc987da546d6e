import { defineConfig } from 'vitest/config'

// The end-to-end tests drive the real CLI, which runs real exercises in processes of its own:
// one file at a time, and with time to spare on a busy machine.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
})

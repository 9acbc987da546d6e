import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // The browser suite (test/site.test.ts) starts chromium once and visits the whole site.
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
})

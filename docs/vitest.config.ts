import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // The browser suites (test/site.test.ts, test/accessibility.test.ts) each start chromium once
    // and visit the whole site: two at a time, even on two cores, where vitest would run one.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
})

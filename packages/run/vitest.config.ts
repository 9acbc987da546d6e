import { defineConfig } from 'vitest/config'

// The fixtures are exercises the tests run, not tests of this package.
export default defineConfig({ test: { include: ['test/*.test.ts'] } })

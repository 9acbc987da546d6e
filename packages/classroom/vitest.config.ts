import { defineConfig } from 'vitest/config'

// The suites clone local git repositories and grade real submissions: seconds, not milliseconds.
export default defineConfig({
  test: {
    include: ['test/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // GitHub's workflow parser imports its JSON schemas without import attributes, as a bundler
    // allows and Node does not: vitest transforms it instead of handing it to Node.
    server: { deps: { inline: [/@actions\//] } },
  },
})

import { defineConfig } from 'vitest/config'

// test/fixtures holds a tiny exercise whose own tests must only run inside the proof.
export default defineConfig({ test: { include: ['test/*.test.ts'], testTimeout: 60_000 } })

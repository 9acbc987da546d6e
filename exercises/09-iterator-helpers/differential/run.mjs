#!/usr/bin/env node
/**
 * The differential check of exercise 09: `node differential/run.mjs` (or `pnpm differential` in
 * the exercise) runs every generated case against the engine's own iterator helpers and against
 * the model solution, under Node 24 and Node 26, and compares what each did, event by event.
 *
 * Each Node comes from the npm registry's `node` package, installed once into
 * `$ITERLINGS_NODE_CACHE/node<major>` (default: the system's temporary folder) and reused after.
 * `ITERLINGS_NODE24=/path/to/node` (or 26) uses a Node you already have.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const VERSIONS = ['24', '26']
const here = path.dirname(fileURLToPath(import.meta.url))
const cache = process.env.ITERLINGS_NODE_CACHE ?? tmpdir()

function nodeBinary(major) {
  const given = process.env[`ITERLINGS_NODE${major}`]
  if (given) return given
  const prefix = path.join(cache, `node${major}`)
  const binary = path.join(prefix, 'node_modules', 'node', 'bin', 'node')
  if (existsSync(binary)) return binary
  console.log(`differential: installing node@${major} from npm into ${prefix}`)
  const install = spawnSync(
    'npm',
    ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `node@${major}`],
    { stdio: 'inherit' },
  )
  if (install.status !== 0 || !existsSync(binary)) {
    console.error(`differential: could not install node@${major} with npm`)
    process.exit(2)
  }
  return binary
}

let failed = false
for (const major of VERSIONS) {
  const run = spawnSync(nodeBinary(major), [path.join(here, 'compare.ts')], {
    stdio: 'inherit',
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  })
  if (run.status !== 0) failed = true
}
process.exitCode = failed ? 1 : 0

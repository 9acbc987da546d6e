/**
 * The entry of a sandboxed test run. First the course's setup (its matchers, then the lock on
 * expect, the globals and process), then the tests, which load the student's code: so no student
 * module runs before the lock. A throw while loading is reported on the signed channel.
 */
import { loadError, run } from './runtime.ts'

// @ts-expect-error: setup.mjs and tests.mjs are written beside this file into each sandbox.
const setup = () => import('./setup.mjs')
// @ts-expect-error: as above.
const tests = () => import('./tests.mjs')

await setup()
try {
  await tests()
} catch (error) {
  loadError(error)
}
await run()

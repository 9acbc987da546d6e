/**
 * The entry of a sandboxed test run: load the exercise's tests (which load the student's code),
 * then run them. A throw while loading is reported on the signed channel as a load error.
 */
// @ts-expect-error: tests.mjs is written beside this file into each sandbox.
const load = () => import('./tests.mjs')
import { loadError, run } from './runtime.ts'

try {
  await load()
} catch (error) {
  loadError(error)
}
await run()

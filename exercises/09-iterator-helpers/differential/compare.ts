/**
 * Runs every generated case against the engine's own helpers and against the model solution,
 * in this Node, and compares the two logs event by event. Needs a Node with the helpers and with
 * type stripping (24 or later); `run.mjs` starts it under each Node the check covers.
 */
import * as solution from '../solution/index.ts'
import { allCases, NAMES, runCase, type Helpers } from './cases.ts'

interface NativeIterator {
  from(value: unknown): unknown
  prototype: Record<string, (...args: unknown[]) => unknown>
}
const Native = (globalThis as { Iterator?: NativeIterator }).Iterator
if (!Native) {
  console.error(`differential: Node ${process.version} has no iterator helpers to compare with`)
  process.exit(2)
}

// The standard's methods read their iterator from `this`; ours take it first.
const native = Object.fromEntries(
  NAMES.map((name) => [
    name,
    name === 'from'
      ? (value: unknown) => Native.from(value)
      : (iterator: unknown, ...args: unknown[]) => Native.prototype[name]?.apply(iterator, args),
  ]),
) as Helpers
const ours = solution as unknown as Helpers

const cases = allCases()
let events = 0
const differences: string[] = []
for (const kase of cases) {
  const expected = runCase(kase, native)
  const actual = runCase(kase, ours)
  events += expected.length
  const at = expected.findIndex((event, index) => event !== actual[index])
  const first = at === -1 && actual.length !== expected.length ? expected.length : at
  if (first === -1) continue
  const around = (log: string[]) =>
    log.slice(Math.max(0, first - 3), first + 3).map((event, index) => {
      const mark = Math.max(0, first - 3) + index === first ? '>' : ' '
      return `    ${mark} ${event}`
    })
  differences.push(
    [
      `  ${kase.name}, event ${first + 1}:`,
      '    the engine:',
      ...around(expected),
      '    the solution:',
      ...around(actual),
    ].join('\n'),
  )
}

const summary = `Node ${process.version}: ${cases.length} cases, ${events} events compared`
if (differences.length === 0)
  console.log(`${summary}: the solution matches the engine in every event`)
else {
  console.error(`${summary}: ${differences.length} cases differ`)
  console.error(differences.slice(0, 10).join('\n'))
  process.exitCode = 1
}

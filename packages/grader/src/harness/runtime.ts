/**
 * What the course's tests get when they import 'vitest' under the grader: describe, it/test (with
 * .each and .skipIf), expect (the very @vitest/expect that vitest uses, so matchers and messages are
 * the same), beforeEach/afterEach and vi.fn. Nothing else exists, so a test that needs more fails
 * to bundle with a message naming the missing export.
 */
import { format as formatUtil } from 'node:util'
import {
  ASYMMETRIC_MATCHERS_OBJECT,
  JEST_MATCHERS_OBJECT,
  JestAsymmetricMatchers,
  JestChaiExpect,
  JestExtend,
  chai,
  customMatchers,
  getState,
  setState,
  type ExpectStatic,
} from '@vitest/expect'
import { fn } from '@vitest/spy'
import { format } from '@vitest/utils/display'
import { send, skipped } from './channel.ts'
import { lockDown } from './lockdown.ts'

type Body = () => unknown
type Hook = () => unknown

interface Suite {
  name: string
  parent: Suite | undefined
  skip: boolean
  beforeEach: Hook[]
  afterEach: Hook[]
}

interface TestCase {
  name: string
  suite: Suite
  body: Body
  skip: boolean
}

/** Per-test bookkeeping @vitest/expect uses for `.resolves`/`.rejects` that were not awaited. */
interface AsyncTask {
  promises?: Promise<unknown>[]
}

const root: Suite = { name: '', parent: undefined, skip: false, beforeEach: [], afterEach: [] }
const tests: TestCase[] = []
let current = root
let running: AsyncTask | undefined
let output = ''

chai.use(JestExtend)
chai.use(JestChaiExpect)
chai.use(JestAsymmetricMatchers)

export const expect = ((value: unknown, message?: string) => {
  const { assertionCalls } = getState(expect)
  setState({ assertionCalls: assertionCalls + 1 }, expect)
  const assertion = chai.expect(value, message) as unknown as { withTest(task: AsyncTask): unknown }
  return running ? assertion.withTest(running) : assertion
}) as unknown as ExpectStatic & { assertions(expected: number): void; hasAssertions(): void }
Object.assign(expect, chai.expect)
Object.assign(expect, (globalThis as Record<symbol, object>)[ASYMMETRIC_MATCHERS_OBJECT])
setState(
  { assertionCalls: 0, expectedAssertionsNumber: null, isExpectingAssertions: false },
  expect,
)
const chaiExtend = chai.expect as unknown as { extend(e: ExpectStatic, m: object): void }
expect.extend = (matchers) => chaiExtend.extend(expect, matchers)
expect.assertions = (expected) =>
  setState({ expectedAssertionsNumber: expected, isExpectingAssertions: false }, expect)
expect.hasAssertions = () => setState({ isExpectingAssertions: true }, expect)
expect.extend(customMatchers)

export const vi = Object.freeze({ fn })

function suiteChain(suite: Suite): Suite[] {
  const chain: Suite[] = []
  for (let at: Suite | undefined = suite; at; at = at.parent) chain.unshift(at)
  return chain
}

function register(name: string, body: Body, skip: boolean): void {
  const names = suiteChain(current)
    .slice(1)
    .map((suite) => suite.name)
  tests.push({ name: [...names, name].join(' › '), suite: current, body, skip })
}

function collectSuite(name: string, body: Body, skip: boolean): void {
  const suite: Suite = { name, parent: current, skip, beforeEach: [], afterEach: [] }
  current = suite
  try {
    const returned = body()
    if (returned instanceof Promise) throw new Error(`describe('${name}') must not be async`)
  } finally {
    current = suite.parent ?? root
  }
}

/** vitest's test-name templating: %# and %$ for the row number, printf for the rest, $key for object rows. */
function title(template: string, row: unknown[], index: number): string {
  const numbered = template.replace(/%#/g, String(index)).replace(/%\$/g, String(index + 1))
  const first = row[0]
  const withKeys =
    first !== null && typeof first === 'object' && !Array.isArray(first)
      ? numbered.replace(/\$([\w.]+)/g, (_, key: string) =>
          format('%s', (first as Record<string, unknown>)[key]),
        )
      : numbered
  const placeholders = (withKeys.match(/%[sdijfoOc]/g) ?? []).length
  return placeholders > 0 ? format(withKeys, ...row.slice(0, placeholders)) : withKeys
}

type Each = (
  table: readonly unknown[],
) => (name: string, body: (...args: never[]) => unknown) => void

function eachOf(define: (name: string, body: Body) => void): Each {
  return (table) => (name, body) =>
    table.forEach((entry, index) => {
      const row = Array.isArray(entry) ? entry : [entry]
      define(title(name, row, index), () => (body as (...args: unknown[]) => unknown)(...row))
    })
}

type Define = ((name: string, body: Body) => void) & {
  each: Each
  skipIf: (condition: unknown) => (name: string, body: Body) => void
}

function definer(define: (name: string, body: Body, skip: boolean) => void): Define {
  const plain = (name: string, body: Body) => define(name, body, current.skip)
  return Object.freeze(
    Object.assign(plain, {
      each: eachOf(plain),
      skipIf: (condition: unknown) => (name: string, body: Body) =>
        define(name, body, current.skip || Boolean(condition)),
    }),
  )
}

export const describe = definer(collectSuite)
export const it = definer(register)
export const test = it

export function beforeEach(hook: Hook): void {
  current.beforeEach.push(hook)
}

export function afterEach(hook: Hook): void {
  current.afterEach.push(hook)
}

/** Console output of the running test, kept short: a 50 MB flood costs the student's own time only. */
const OUTPUT_LIMIT = 4_000
const formatOutput = formatUtil
function capture(...args: unknown[]): void {
  if (output.length > OUTPUT_LIMIT) return
  try {
    output += formatOutput(...args) + '\n'
  } catch {
    output += '[output that could not be printed]\n'
  }
}
const quietConsole = Object.freeze(
  Object.fromEntries(
    ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'].map((name) => [
      name,
      capture,
    ]),
  ),
)

/**
 * Called after the course's setup files registered their matchers and before any test file (and so
 * any student module) is evaluated: from here on, expect and its tables cannot be changed.
 */
export function lock(): void {
  const matchersObject = (globalThis as Record<symbol, Record<string, unknown>>)[
    JEST_MATCHERS_OBJECT
  ]
  Object.freeze(matchersObject?.matchers)
  Object.freeze(matchersObject?.customEqualityTesters)
  Object.freeze((globalThis as Record<symbol, object>)[ASYMMETRIC_MATCHERS_OBJECT])
  Object.freeze(chai.Assertion.prototype)
  Object.freeze(chai.Assertion)
  Object.freeze(chai.config)
  expect.extend = () => {
    throw new Error('expect.extend is not allowed in graded code')
  }
  // chai later stores its flags on expect itself, so its own properties are locked one by one.
  for (const name of Reflect.ownKeys(expect)) {
    Object.defineProperty(expect, name, { writable: false, configurable: false })
  }
  Object.defineProperty(globalThis, 'console', { value: quietConsole })
  lockDown()
}

/** A student's thrown value, as text, without trusting it: its getters may throw or lie. */
function describeError(error: unknown): string {
  try {
    if (error instanceof Error) {
      const text = String(error.message)
      return text.length > OUTPUT_LIMIT ? `${text.slice(0, OUTPUT_LIMIT)}…` : text
    }
    return `a non-Error value was thrown: ${formatOutput('%o', error).slice(0, OUTPUT_LIMIT)}`
  } catch {
    return 'an error was thrown that could not be turned into text'
  }
}

async function runOne(index: number, testCase: TestCase): Promise<void> {
  if (testCase.skip) {
    send({ kind: 'result', test: index, status: 'skip' })
    return
  }
  send({ kind: 'start', test: index })
  const chain = suiteChain(testCase.suite)
  const task: AsyncTask = {}
  running = task
  output = ''
  setState(
    { assertionCalls: 0, expectedAssertionsNumber: null, isExpectingAssertions: false },
    expect,
  )
  let failure: string | undefined
  const attempt = async (step: () => unknown) => {
    try {
      await step()
    } catch (error) {
      failure ??= describeError(error)
    }
  }
  for (const suite of chain) for (const hook of suite.beforeEach) await attempt(hook)
  if (failure === undefined) {
    await attempt(testCase.body)
    await attempt(() => Promise.all(task.promises ?? []))
  }
  for (const suite of chain.reverse()) for (const hook of suite.afterEach) await attempt(hook)
  const state = getState(expect)
  if (failure === undefined && state.expectedAssertionsNumber !== null) {
    if (state.assertionCalls !== state.expectedAssertionsNumber)
      failure = `expected number of assertions to be ${state.expectedAssertionsNumber}, but got ${state.assertionCalls}`
  }
  if (failure === undefined && state.isExpectingAssertions && state.assertionCalls === 0)
    failure = 'expected at least one assertion to be called but received none'
  running = undefined
  send({
    kind: 'result',
    test: index,
    status: failure === undefined ? 'pass' : 'fail',
    ...(failure === undefined ? {} : { message: failure }),
    ...(output ? { output: output.slice(0, OUTPUT_LIMIT) } : {}),
  })
}

/** Runs every collected test in order, reporting each on the signed channel, then exits. */
export async function run(): Promise<never> {
  send({ kind: 'plan', tests: tests.map((testCase) => testCase.name) })
  for (const [index, testCase] of tests.entries()) {
    if (!skipped.has(index)) await runOne(index, testCase)
  }
  send({ kind: 'done' })
  return exit(0)
}

const exit = process.exit.bind(process)

/** Reports an error thrown while loading the test files (and so the student's modules). */
export function loadError(error: unknown): never {
  send({ kind: 'load-error', message: describeError(error) })
  return exit(1)
}

/**
 * The harness: what test files get when they import 'vitest', and the loop that runs what they
 * collected. `expect` is built from @vitest/expect exactly as vitest builds it, so matchers and
 * messages are vitest's; collection and running follow vitest's rules (hook order, skip, todo,
 * fails, each, timeouts, expect.assertions, unawaited .resolves, expect.soft). Browser-safe: no
 * Node API, only timers; a host gives the code to run and reads the records.
 */
import {
  ASYMMETRIC_MATCHERS_OBJECT,
  JEST_MATCHERS_OBJECT,
  JestAsymmetricMatchers,
  JestChaiExpect,
  JestExtend,
  addCustomEqualityTesters,
  chai,
  customMatchers,
  getState,
  setState,
  type ExpectStatic,
} from '@vitest/expect'
import * as spy from '@vitest/spy'
import { format } from '@vitest/utils/display'
import { SUITE_MODIFIERS, TEST_MODIFIERS, VITEST_EXPORTS } from './api.ts'
import type { PlannedTest, RunRecord } from '@iterlings/run'

type Body = (...args: never[]) => unknown
type Hook = () => unknown

interface Suite {
  name: string
  parent: Suite | undefined
  skip: boolean
  beforeAll: Hook[]
  afterAll: Hook[]
  beforeEach: Hook[]
  afterEach: Hook[]
}

interface TestCase {
  id: string
  name: string
  file: string
  suite: Suite
  body: Body
  skip: boolean
  fails: boolean
  timeoutMs: number
}

/** The per-test object @vitest/expect records on: unawaited `.resolves`, soft failures. */
interface Task {
  name: string
  promises?: Promise<unknown>[]
  onFinished?: Array<() => void>
  result?: { state: string; errors?: Array<{ message?: string }> }
}

/** Where a run's records go. */
export type Report = (record: RunRecord) => void

export interface RuntimeOptions {
  report: Report
  /** vitest's testTimeout: how long an async test may take unless it says otherwise. */
  testTimeoutMs?: number
  hookTimeoutMs?: number
  /**
   * Whether the code calling a spy's controls (mockClear, mockImplementation…) is the tests': a
   * spy handed to the code under test must not let it clear the calls the test counts. `nested`:
   * the call comes from inside a control the tests called (vitest's mockReset calls mockClear).
   * The grader's sandbox reads the caller from the stack; by default every caller is trusted.
   */
  trustsCaller?: (control: string, nested: boolean) => boolean
}

/** What to do with a collected test: run it, report it skipped, or leave it out entirely. */
export type Choice = 'run' | 'skip' | 'omit'

export interface Runtime {
  /** The module the tests import as 'vitest'. */
  vitest: Readonly<Record<(typeof VITEST_EXPORTS)[number], unknown>>
  /** Starts a fresh collection (one exercise): no test, no hook from before. */
  reset(): void
  /** Evaluates one test file's top level (`evaluate` loads it), collecting its tests. */
  collect(file: string, evaluate: () => Promise<unknown>): Promise<void>
  /** The collected tests, in order. */
  planned(): PlannedTest[]
  /** Runs the collected tests in order, each as `choose` says (default: run unless skipped). */
  run(choose?: (test: PlannedTest) => Choice): Promise<void>
  /** Console output to keep with the running test (or outside any test). */
  capture(text: string): void
  /** From here on, expect and its tables cannot be changed (call before untrusted code runs). */
  lock(): void
}

/** Console output kept per test: a flood costs the code under test its own time only. */
export const OUTPUT_LIMIT = 4_000

chai.use(JestExtend)
chai.use(JestChaiExpect)
chai.use(JestAsymmetricMatchers)

export function createRuntime(options: RuntimeOptions): Runtime {
  const { report } = options
  const testTimeoutMs = options.testTimeoutMs ?? 5_000
  const hookTimeoutMs = options.hookTimeoutMs ?? 10_000
  const newRoot = (): Suite => ({
    name: '',
    parent: undefined,
    skip: false,
    beforeAll: [],
    afterAll: [],
    beforeEach: [],
    afterEach: [],
  })
  let root = newRoot()
  let current = root
  let file = ''
  let tests: TestCase[] = []
  let ids = new Map<string, number>()
  let running:
    | {
        task: Task
        output: string
        finished: Array<() => unknown>
        /** The failure a time limit of this test or its hooks gave, if one ran out. */
        timedOut?: string
      }
    | undefined

  const expect = createExpect(() => running?.task)

  // ---- collection ----

  function chain(suite: Suite): Suite[] {
    const suites: Suite[] = []
    for (let at: Suite | undefined = suite; at; at = at.parent) suites.unshift(at)
    return suites
  }

  interface Flags {
    skip: boolean
    fails: boolean
  }

  function addTest(name: string, body: Body | undefined, flags: Flags, timeout: unknown): void {
    const fullName = [
      // [the run's root, the file's, …its describes]
      ...chain(current)
        .slice(2)
        .map((suite) => suite.name),
      name,
    ].join(' › ')
    const seen = ids.get(fullName) ?? 0
    ids.set(fullName, seen + 1)
    tests.push({
      id: seen === 0 ? fullName : `${fullName} (${seen + 1})`,
      name: fullName,
      file,
      suite: current,
      body: body ?? (() => undefined),
      skip: flags.skip || current.skip || body === undefined,
      fails: flags.fails,
      timeoutMs: timeoutOf(timeout, testTimeoutMs),
    })
  }

  /** Collects a describe body: at once when it is synchronous, so the next describe is its sibling. */
  function addSuite(name: string, body: Body | undefined, flags: Flags): Promise<void> | undefined {
    const suite: Suite = { ...newRoot(), name, parent: current, skip: flags.skip || current.skip }
    const parent = current
    current = suite
    let returned: unknown
    try {
      returned = (body as (() => unknown) | undefined)?.()
    } catch (error) {
      current = parent
      throw error
    }
    if (returned instanceof Promise)
      return returned.then(
        () => void (current = parent),
        (error: unknown) => {
          current = parent
          throw error
        },
      )
    current = parent
    return undefined
  }

  /**
   * describe/it with vitest's chainable modifiers. Collection of a describe is awaited, as in
   * vitest; the promise is kept so an async describe body finishes before the next file.
   */
  function definer(kind: 'suite' | 'test', flags: Flags): unknown {
    const define = (name: unknown, body?: Body | object, timeout?: unknown) => {
      const title = String(name)
      // vitest also takes (name, options, body).
      if (body !== undefined && typeof body !== 'function')
        [body, timeout] = [timeout as Body, body]
      if (kind === 'test') return addTest(title, body as Body | undefined, flags, timeout)
      const collected = addSuite(title, body as Body | undefined, flags)
      if (collected) collecting.push(collected)
      return collected
    }
    const modifiers = kind === 'test' ? TEST_MODIFIERS : SUITE_MODIFIERS
    const properties: PropertyDescriptorMap = {}
    for (const modifier of modifiers) {
      const get = (): unknown => {
        switch (modifier) {
          case 'skip':
          case 'todo':
            return definer(kind, { ...flags, skip: true })
          case 'fails':
            return definer(kind, { ...flags, fails: true })
          case 'skipIf':
            return (condition: unknown) =>
              definer(kind, { ...flags, skip: flags.skip || !!condition })
          case 'runIf':
            return (condition: unknown) =>
              definer(kind, { ...flags, skip: flags.skip || !condition })
          case 'each':
            return each(define)
          default:
            // concurrent and sequential: the harness runs one test at a time, which gives the same verdicts.
            return definer(kind, flags)
        }
      }
      properties[modifier] = { get, enumerable: true }
    }
    return Object.freeze(Object.defineProperties(define, properties))
  }
  let collecting: Promise<void>[] = []

  const describe = definer('suite', { skip: false, fails: false })
  const it = definer('test', { skip: false, fails: false })

  const hook =
    (list: 'beforeAll' | 'afterAll' | 'beforeEach' | 'afterEach') =>
    (fn: Hook): void => {
      current[list].push(fn)
    }

  const onTestFinished = (fn: () => unknown) => {
    if (!running) throw new Error('onTestFinished() can only be called inside a test')
    running.finished.push(fn)
  }

  const vitest = Object.freeze({
    describe,
    suite: describe,
    it,
    test: it,
    expect,
    assert: chai.assert,
    vi: createVi(options.trustsCaller),
    beforeAll: hook('beforeAll'),
    afterAll: hook('afterAll'),
    beforeEach: hook('beforeEach'),
    afterEach: hook('afterEach'),
    onTestFinished,
    onTestFailed: onTestFinished,
    expectTypeOf: typeOnly(),
    assertType: () => undefined,
  })

  // ---- running ----

  async function attempt(
    step: () => unknown,
    limitMs: number,
    what: string,
  ): Promise<string | undefined> {
    let timer: ReturnType<typeof setTimeout> | undefined
    try {
      await Promise.race([
        Promise.resolve().then(step),
        new Promise((_, reject) => {
          timer = setTimeout(
            () =>
              reject(
                new TimeoutError(
                  `${what} timed out in ${limitMs}ms.\nIf this is a long-running ${what === 'Test' ? 'test' : 'hook'}, pass a timeout value as the last argument or configure it globally with "${what === 'Test' ? 'testTimeout' : 'hookTimeout'}".`,
                ),
              ),
            limitMs,
          )
        }),
      ])
      return undefined
    } catch (error) {
      const failure = describeError(error)
      if (error instanceof TimeoutError && running) running.timedOut = failure
      return failure
    } finally {
      clearTimeout(timer)
    }
  }

  const passedSuites = new Set<Suite>()
  const failedSuites = new Map<Suite, string>()

  async function enterSuites(test: TestCase): Promise<string | undefined> {
    for (const suite of chain(test.suite)) {
      if (failedSuites.has(suite)) return failedSuites.get(suite)
      if (passedSuites.has(suite)) continue
      passedSuites.add(suite)
      for (const fn of suite.beforeAll) {
        const failure = await attempt(fn, hookTimeoutMs, 'Hook')
        if (failure !== undefined) {
          failedSuites.set(suite, failure)
          return failure
        }
      }
    }
    return undefined
  }

  async function leaveSuites(done: TestCase, next: TestCase | undefined): Promise<void> {
    const stillOpen = new Set(next ? chain(next.suite) : [])
    for (const suite of chain(done.suite).reverse()) {
      if (stillOpen.has(suite) || !passedSuites.has(suite)) continue
      for (const fn of [...suite.afterAll].reverse()) await attempt(fn, hookTimeoutMs, 'Hook')
      passedSuites.delete(suite)
    }
  }

  async function runOne(test: TestCase): Promise<void> {
    report({ kind: 'start', test: test.id, timeoutMs: test.timeoutMs })
    const started = performance.now()
    const task: Task = { name: test.name }
    running = { task, output: '', finished: [] }
    setState({ ...FRESH_STATE, currentTestName: test.name }, expect as never)
    let failure = await enterSuites(test)
    let skipped = false
    const cleanups: Array<() => unknown> = []
    const suites = chain(test.suite)
    if (failure === undefined) {
      for (const suite of suites)
        for (const fn of suite.beforeEach) {
          failure ??= await attempt(
            async () => {
              const cleanup = await fn()
              if (typeof cleanup === 'function') cleanups.unshift(cleanup as () => unknown)
            },
            hookTimeoutMs,
            'Hook',
          )
        }
    }
    if (failure === undefined) {
      const context = {
        expect,
        task,
        onTestFinished,
        onTestFailed: onTestFinished,
        skip: () => {
          skipped = true
          throw new SkipSignal()
        },
      }
      // As vitest's withAwaitAsyncAssertions: right after the body, unawaited .resolves/.rejects
      // still pending are awaited, and the first rejection fails the test.
      failure = await attempt(
        async () => {
          await (test.body as (c: object) => unknown)(context)
          const settled = await Promise.allSettled(task.promises ?? [])
          const rejected = settled.find((result) => result.status === 'rejected')
          if (rejected) throw (rejected as PromiseRejectedResult).reason
        },
        test.timeoutMs,
        'Test',
      )
      if (skipped) failure = undefined
      for (const finished of task.onFinished ?? []) finished()
    }
    for (const cleanup of cleanups) failure ??= await attempt(cleanup, hookTimeoutMs, 'Hook')
    for (const suite of [...suites].reverse())
      for (const fn of [...suite.afterEach].reverse())
        failure ??= await attempt(fn, hookTimeoutMs, 'Hook')
    for (const fn of [...(running?.finished ?? [])].reverse())
      failure ??= await attempt(fn, hookTimeoutMs, 'Hook')
    if (failure === undefined && task.result?.state === 'fail')
      failure = String(task.result.errors?.[0]?.message ?? 'a soft assertion failed')
    const state = getState(expect as never)
    if (failure === undefined && !skipped && state.expectedAssertionsNumber !== null) {
      if (state.assertionCalls !== state.expectedAssertionsNumber)
        failure = `expected number of assertions to be ${state.expectedAssertionsNumber}, but got ${state.assertionCalls}`
    }
    if (
      failure === undefined &&
      !skipped &&
      state.isExpectingAssertions &&
      state.assertionCalls === 0
    )
      failure = 'expected any number of assertion, but got none'
    if (test.fails && !skipped) failure = failure === undefined ? 'Expect test to fail' : undefined
    const output = running?.output
    // Limits here are wall time: the grader runs a test that failed at one again before it counts.
    const timedOut = failure !== undefined && failure === running?.timedOut
    running = undefined
    report({
      kind: 'result',
      test: test.id,
      status: skipped ? 'skipped' : failure === undefined ? 'passed' : 'failed',
      ...(failure === undefined ? {} : { message: failure }),
      ...(timedOut ? { timedOut } : {}),
      durationMs: Math.round(performance.now() - started),
      ...(output ? { output: output.slice(0, OUTPUT_LIMIT) } : {}),
    })
  }

  const toPlanned = (test: TestCase): PlannedTest => ({
    name: test.id,
    skip: test.skip,
    code: sourceOf(test.body),
    file: test.file,
  })

  let locked = false
  return {
    vitest,
    reset() {
      root = newRoot()
      current = root
      tests = []
      ids = new Map()
      passedSuites.clear()
      failedSuites.clear()
    },
    async collect(name, evaluate) {
      file = name
      collecting = []
      // As vitest: a file's top-level hooks are its own, not every file's after it.
      current = { ...newRoot(), parent: root }
      try {
        await evaluate()
        while (collecting.length > 0) await collecting.shift()
      } catch (error) {
        // As vitest: a file that fails to load contributes no test, only its error.
        tests = tests.filter((test) => test.file !== name)
        report({ kind: 'error', message: describeError(error), file: name })
      } finally {
        current = root
      }
    },
    planned: () => tests.map(toPlanned),
    async run(choose = (test) => (test.skip ? 'skip' : 'run')) {
      const chosen = tests
        .map((test) => ({ test, choice: choose(toPlanned(test)) }))
        .filter(({ choice }) => choice !== 'omit')
      for (const [index, { test, choice }] of chosen.entries()) {
        if (choice === 'skip') report({ kind: 'result', test: test.id, status: 'skipped' })
        else await runOne(test)
        await leaveSuites(test, chosen[index + 1]?.test)
      }
    },
    capture(text) {
      if (running) {
        if (running.output.length <= OUTPUT_LIMIT) running.output += text
      }
    },
    lock() {
      if (locked) return
      locked = true
      lockExpect(expect)
    },
  }
}

class SkipSignal extends Error {}
class TimeoutError extends Error {}

function timeoutOf(value: unknown, fallback: number): number {
  if (typeof value === 'number' && value > 0) return value
  const fromOptions = (value as { timeout?: unknown } | undefined)?.timeout
  return typeof fromOptions === 'number' && fromOptions > 0 ? fromOptions : fallback
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

function each(define: (name: unknown, body?: Body, timeout?: unknown) => unknown) {
  return (table: readonly unknown[]) => (name: string, body: Body, timeout?: unknown) =>
    table.forEach((entry, index) => {
      const row = Array.isArray(entry) ? entry : [entry]
      const run = () => (body as (...args: unknown[]) => unknown)(...row)
      Object.defineProperty(run, 'source', { value: body })
      define(title(name, row, index), run, timeout)
    })
}

/** The code of a test's own function (each() wraps it; the wrapper remembers it). */
function sourceOf(body: Body): string {
  const own = (body as { source?: Body }).source ?? body
  try {
    return Function.prototype.toString.call(own)
  } catch {
    return ''
  }
}

/** A thrown value, as text, without trusting it: its getters may throw or lie. */
export function describeError(error: unknown): string {
  try {
    if (error instanceof Error) {
      const text = String(error.message)
      return text.length > OUTPUT_LIMIT ? `${text.slice(0, OUTPUT_LIMIT)}…` : text
    }
    return `a non-Error value was thrown: ${format('%o', error).slice(0, OUTPUT_LIMIT)}`
  } catch {
    return 'an error was thrown that could not be turned into text'
  }
}

/** expect as the harness builds it: vitest's members are set one by one, so loosely typed here. */
/** expect's state at the start of each test, as vitest sets it. */
const FRESH_STATE = {
  assertionCalls: 0,
  isExpectingAssertions: false,
  isExpectingAssertionsError: null,
  expectedAssertionsNumber: null,
  expectedAssertionsNumberErrorGen: null,
}

type HarnessExpect = ((value: unknown, message?: string) => unknown) & Record<string, unknown>

/** vitest's createExpect, minus snapshots and expect.poll. */
function createExpect(currentTask: () => Task | undefined): HarnessExpect {
  const expect = ((value: unknown, message?: string) => {
    const { assertionCalls } = getState(expect as never)
    setState({ assertionCalls: assertionCalls + 1 }, expect as never)
    const assertion = chai.expect(value, message) as unknown as { withTest(task: Task): unknown }
    const task = currentTask()
    return task ? assertion.withTest(task) : assertion
  }) as unknown as HarnessExpect
  Object.assign(expect, chai.expect)
  Object.assign(expect, (globalThis as Record<symbol, object>)[ASYMMETRIC_MATCHERS_OBJECT])
  expect.getState = () => getState(expect as never)
  expect.setState = (state: object) => setState(state, expect as never)
  setState(FRESH_STATE, expect as never)
  expect.assert = chai.assert
  const chaiExpect = chai.expect as unknown as { extend(e: ExpectStatic, m: object): void }
  expect.extend = (matchers: object) =>
    chaiExpect.extend(expect as unknown as ExpectStatic, matchers)
  expect.addEqualityTesters = (testers: never) => addCustomEqualityTesters(testers)
  expect.soft = (...args: [unknown, string?]) =>
    (expect(...args) as { withContext(c: object): unknown }).withContext({ soft: true })
  expect.unreachable = (message?: string) => {
    chai.assert.fail(`expected${message ? ` "${message}" ` : ' '}not to be reached`)
  }
  chai.util.addMethod(expect, 'assertions', (expected: number) =>
    setState({ expectedAssertionsNumber: expected }, expect as never),
  )
  chai.util.addMethod(expect, 'hasAssertions', () =>
    setState({ isExpectingAssertions: true }, expect as never),
  )
  ;(expect.extend as (matchers: object) => void)(customMatchers)
  return expect
}

/** Freezes what a matcher's outcome depends on; expect.extend is refused from then on. */
function lockExpect(expect: HarnessExpect): void {
  const global = globalThis as Record<symbol, Record<string, unknown> | undefined>
  const matchers = global[JEST_MATCHERS_OBJECT]
  Object.freeze(matchers?.matchers)
  Object.freeze(matchers?.customEqualityTesters)
  Object.freeze(global[ASYMMETRIC_MATCHERS_OBJECT])
  Object.freeze(chai.Assertion.prototype)
  Object.freeze(chai.Assertion)
  Object.freeze(chai.config)
  expect.extend = () => {
    throw new Error('expect.extend is not allowed once the tests are loaded')
  }
  expect.addEqualityTesters = expect.extend
  // chai stores its flags on expect itself, so its own properties are locked one by one.
  for (const name of Reflect.ownKeys(expect))
    Object.defineProperty(expect, name, { writable: false, configurable: false })
}

/** What a spy has besides being called: what only the tests may use. */
const SPY_CONTROLS = [
  'mockClear',
  'mockReset',
  'mockRestore',
  'mockImplementation',
  'mockImplementationOnce',
  'withImplementation',
  'mockReturnThis',
  'mockReturnValue',
  'mockReturnValueOnce',
  'mockThrow',
  'mockThrowOnce',
  'mockResolvedValue',
  'mockResolvedValueOnce',
  'mockRejectedValue',
  'mockRejectedValueOnce',
  'mockName',
]

function createVi(trustsCaller?: (control: string, nested: boolean) => boolean) {
  /** How deep in controls the tests called: vitest's own build on others (mockReturnValue on mockImplementation, clearAllMocks on each spy's mockClear). */
  let depth = 0
  const guarded = <F extends (...args: never[]) => unknown>(name: string, control: F): F => {
    if (!trustsCaller) return control
    return function (this: unknown, ...args: Parameters<F>) {
      if (!trustsCaller(name, depth > 0))
        throw new Error(
          `${name.endsWith('AllMocks') ? 'vi.' : "a spy's "}${name}() is for the tests only, not for the code under test`,
        )
      depth += 1
      try {
        return control.apply(this, args)
      } finally {
        depth -= 1
      }
    } as F
  }
  /** The spy with its controls refused to untrusted callers, and locked in place. */
  const guard = <T extends object>(mock: T): T => {
    if (!trustsCaller) return mock
    for (const name of SPY_CONTROLS) {
      const control = (mock as Record<string, unknown>)[name]
      if (typeof control !== 'function') continue
      Object.defineProperty(mock, name, {
        value: guarded(name, control as (...args: unknown[]) => unknown),
        writable: false,
        configurable: false,
      })
    }
    return mock
  }
  const vi = {
    fn: ((...args: Parameters<typeof spy.fn>) => guard(spy.fn(...args))) as typeof spy.fn,
    spyOn: ((...args: unknown[]) =>
      guard((spy.spyOn as (...args: unknown[]) => object)(...args))) as unknown as typeof spy.spyOn,
    isMockFunction: spy.isMockFunction,
    mocked: <T>(value: T) => value,
    clearAllMocks: guarded('clearAllMocks', () => (spy.clearAllMocks(), vi)),
    resetAllMocks: guarded('resetAllMocks', () => (spy.resetAllMocks(), vi)),
    restoreAllMocks: guarded('restoreAllMocks', () => (spy.restoreAllMocks(), vi)),
  }
  return Object.freeze(vi)
}

/** expectTypeOf and assertType check types only; at run time they accept anything, as in vitest. */
function typeOnly(): unknown {
  const anything: unknown = new Proxy(() => anything, {
    get: () => anything,
    apply: () => anything,
  })
  return anything
}

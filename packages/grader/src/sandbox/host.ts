/**
 * Runs inside one student's sandboxed process (bundled by ./bundle.ts, compiled by the boot line
 * in ./process.ts). Everything arrives on stdin before any student code runs: the key, the
 * course's tests (hidden ones too) and the student's source files, read to the end of stdin; the
 * process may read no file at all, so tests exist only in this closure's memory. The harness
 * collects and runs each exercise in turn; each record goes out on fd 3, signed. Student code runs
 * only after the lock below, with the globals, `process`, expect and the built-ins it could use to
 * reach outside, fake a result or see the tests closed.
 */
import { createHmac, createSecretKey, webcrypto } from 'node:crypto'
import { writeSync } from 'node:fs'
import { builtinModules } from 'node:module'
import type { TestBundle } from '@iterlings/harness/bundle'
import { createRuntime } from '@iterlings/harness'
import type { PlannedTest, RunRecord } from '@iterlings/run'
import { allowedBuiltins, createModuleHost, type Exercise } from '@iterlings/harness/node'
import { RESULTS_FD } from './channel.ts'
import { harden } from './harden.ts'

export interface HostExercise extends Exercise {
  slug: string
  /** Tests to run (from the trusted plan); absent: run what the tests collect, as they say. */
  run?: string[]
  /** Tests the trusted plan skips: reported skipped whatever this run's skipIf decides. */
  skip?: string[]
}

export interface HostJob {
  key: string
  testTimeoutMs: number
  setup: TestBundle[]
  exercises: HostExercise[]
}

declare const job: HostJob

const exit = (process as unknown as { reallyExit(code: number): never }).reallyExit.bind(process)
const stringify = JSON.stringify
let seq = 0
let exercise = ''

/**
 * The longest text a record carries: far more than feedback shows (formats/text.ts), far less
 * than a student's error of many megabytes, which the grader would otherwise keep until it is done.
 */
const FIELD_LIMIT = 16_000
const bounded = (_key: string, value: unknown) =>
  typeof value === 'string' && value.length > FIELD_LIMIT
    ? `${value.slice(0, FIELD_LIMIT)}… (${value.length - FIELD_LIMIT} more characters cut)`
    : value

/**
 * The channel key's bytes, made once before any graded code runs, in memory of their own. Not a
 * string: createHmac would turn it into bytes with Buffer.from on every record, in Node's shared
 * buffer pool, which any Buffer.from of the code's own reads (red team 7). Not a KeyObject:
 * createHmac reads a KeyObject's getters, and on Node 20 graded code reaches KeyObject.prototype
 * through a CryptoKey (red team 6).
 */
const keyBytes = Buffer.alloc(Buffer.byteLength(job.key))
keyBytes.write(job.key)

function send(record: RunRecord): void {
  const json = stringify({ seq: seq++, exercise, record }, bounded)
  const signature = createHmac('sha256', keyBytes).update(json).digest('hex')
  try {
    writeSync(RESULTS_FD, `${json}\t${signature}\n`)
  } catch {
    // The student's code closed the pipe: the grader counts every unreported test as not passed.
  }
}

/** Each test file's lines (visible, hidden and setup), as compiled: where a test calls from. */
const testLines = new Map(
  [...job.setup, ...job.exercises.flatMap((exercise) => exercise.files)].map((bundle) => [
    bundle.name,
    bundle.code.split('\n'),
  ]),
)

/** Whether a frame of the student's `src/` is on the stack. */
const fromSrc = () => /\bsrc\//.test(String(new Error().stack))

/**
 * Whether test code calls the spy control `control` itself: no frame of src/ is on the stack (the
 * student's code is not running, whatever its functions' names print: a name can hold a newline
 * and a whole fake frame), and, unless the call comes from inside a control already let through
 * (`nested`), the nearest caller outside the harness is a line of a test file whose call there
 * names it (`spy.mockClear()`: V8 places the call at the name). Anything else is the student's: a
 * native caller (a control handed to `map`, `Reflect.apply` or a timer), or a test calling
 * something that is the control in disguise (an iterator whose `next` is it).
 */
function calledByTests(control: string, nested: boolean): boolean {
  if (fromSrc()) return false
  const frames = String(new Error().stack).split('\n').slice(1)
  if (nested) return true
  for (const frame of frames) {
    const place = /([^\s(]+):(\d+):(\d+)\)?$/.exec(frame.trim())
    if (!place) return false
    const [, file = '', line, column] = place
    if (file === 'harness.js' || file.startsWith('node:')) continue
    return testLines.get(file)?.[Number(line) - 1]?.startsWith(control, Number(column) - 1) ?? false
  }
  return false
}

/** Whether the exercise under way is graded (the trusted plan says what runs) or the trusted run. */
let graded = false

/**
 * A graded run's plan goes without each test's source, most of its bytes (633 of a perfect
 * student's 1,160 KB of records): the grader takes the tests from the trusted plan, and reads
 * this one only for whether anything was collected.
 */
const reportPlan = (record: RunRecord) =>
  send(
    graded && record.kind === 'plan'
      ? { ...record, details: record.details?.map((test) => ({ ...test, code: '' })) }
      : record,
  )

const runtime = createRuntime({
  report: send,
  testTimeoutMs: job.testTimeoutMs,
  trustsCaller: calledByTests,
})
const builtins = allowedBuiltins()
const host = createModuleHost({ runtime, report: reportPlan, builtins })

// What goes wrong outside any test is reported, as vitest does, and the run goes on.
process.on('uncaughtException', (error) => send({ kind: 'error', message: String(error) }))
process.on('unhandledRejection', (reason) =>
  send({ kind: 'error', message: `Unhandled rejection: ${String(reason)}` }),
)

async function main(): Promise<never> {
  // Polyfills of the platform (core-js for Part III) go here, as setup bundles or before them:
  // what they install on the built-ins is frozen with the rest by lockDown.
  for (const bundle of job.setup) await host.setup(bundle)
  runtime.lock()
  lockDown((text) => runtime.capture(text))
  hardenReachable()
  for (const next of job.exercises) {
    exercise = next.slug
    graded = next.run !== undefined
    const run = next.run && new Set(next.run)
    const skip = new Set(next.skip)
    await host.runExercise(
      next,
      run
        ? (test: PlannedTest) =>
            run.has(test.name) ? 'run' : skip.has(test.name) ? 'skip' : 'omit'
        : undefined,
    )
  }
  return exit(0)
}

/**
 * `process` members a test or a student may use; every other function on it (binding, dlopen,
 * kill, _kill, _debugProcess, reallyExit, getBuiltinModule, chdir, setuid…) is locked away.
 */
const PROCESS_KEEPS = new Set([
  'nextTick',
  'hrtime',
  'uptime',
  'memoryUsage',
  'cpuUsage',
  'resourceUsage',
  'emitWarning',
  'cwd',
  '_fatalException',
])

/** Globals named like a Node module that are not that module (crypto is set to Web Crypto). */
const NOT_MODULES = new Set(['console', 'process', 'crypto'])

const FROZEN = new Set(['versions', 'release', 'config', 'features', 'argv', 'execArgv'])

/**
 * Globals that reach outside: what `node -e` defines for its script (require above all, which
 * loads any Node module), the Web APIs that reach the network (fetch is undici, whose
 * dispatcher can open Unix sockets), and Web Storage.
 */
const DOOR_GLOBALS = [
  'require',
  'module',
  'exports',
  '__filename',
  '__dirname',
  'fetch',
  'Request',
  'Response',
  'Headers',
  'FormData',
  'WebSocket',
  'EventSource',
  'BroadcastChannel',
  // Web Storage (Node 26): it can persist between runs (--localstorage-file), and its objects
  // cannot be frozen.
  'localStorage',
  'sessionStorage',
]

function lockDown(capture: (text: string) => void): void {
  const global = globalThis as Record<string | symbol, unknown>
  // `node -e` also puts every Node module on globalThis (fs, net, child_process, vm…), as the REPL
  // does: all go, but the globals of the same name that are not modules.
  for (const name of [...DOOR_GLOBALS, ...builtinModules])
    if (Object.hasOwn(global, name) && !NOT_MODULES.has(name))
      Object.defineProperty(global, name, {
        value: undefined,
        writable: false,
        configurable: false,
      })
  Object.defineProperty(global, 'crypto', {
    value: webcrypto,
    writable: false,
    configurable: false,
  })

  const refuse = (name: string) => () => {
    throw new Error(`process.${name}() is not available to graded code`)
  }
  const stream = Object.freeze({
    write: (chunk: unknown) => (capture(String(chunk)), true),
    isTTY: false,
  })
  const replaced: Record<string, unknown> = {
    exit: refuse('exit'),
    abort: refuse('abort'),
    kill: refuse('kill'),
    // The grader's PATH is only for starting the sandbox's wrappers: the code sees no variable.
    env: Object.freeze({}),
    stdout: stream,
    stderr: stream,
    stdin: undefined,
    // Diagnostic reports read the machine (network interfaces, every handle, the command line).
    report: undefined,
  }
  for (const name of Reflect.ownKeys(process)) {
    const descriptor = Object.getOwnPropertyDescriptor(process, name)
    if (!descriptor?.configurable) continue
    const key = String(name)
    let value: unknown
    if (key in replaced) value = replaced[key]
    else if ('value' in descriptor && typeof descriptor.value !== 'function') {
      if (
        key === '_events' ||
        key === '_eventsCount' ||
        key === '_maxListeners' ||
        key === '_exiting'
      )
        continue // EventEmitter's own state: Node writes it.
      value = descriptor.value
      // What tests read to decide (versions, platform…); not what Node itself writes (moduleLoadList).
      if (FROZEN.has(key) && value && typeof value === 'object') Object.freeze(value)
    } else if (PROCESS_KEEPS.has(key)) value = process[key as keyof typeof process]
    else value = undefined
    Object.defineProperty(process, name, { value, writable: false, configurable: false })
  }
  guardProcessListeners()
  // process stays extensible (Node adds to it), so an own member would shadow what it inherits
  // from EventEmitter: \`process.emit = …\` hid unhandled rejections from the tests' own check.
  // Each inherited member becomes its own, locked.
  for (let from = Object.getPrototypeOf(process); from && from !== Object.prototype;) {
    for (const name of Reflect.ownKeys(from))
      if (name !== 'constructor' && !Object.hasOwn(process, name))
        Object.defineProperty(process, name, {
          value: (process as unknown as Record<PropertyKey, unknown>)[name],
          writable: false,
          configurable: false,
        })
    from = Object.getPrototypeOf(from)
  }

  const quiet = (...args: unknown[]) => {
    capture(args.map((arg) => (typeof arg === 'string' ? arg : safeString(arg))).join(' ') + '\n')
  }
  Object.defineProperty(global, 'console', {
    value: Object.freeze(
      Object.fromEntries(
        ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'].map((name) => [
          name,
          quiet,
        ]),
      ),
    ),
  })
  // The intrinsics are frozen (--frozen-intrinsics), but `globalThis.Array = fake` would still
  // change what the name means to the assertions: every global binding becomes read-only. Node
  // defines some globals on first use (AbortController, performance…): each is touched first.
  for (const name of Reflect.ownKeys(global)) {
    try {
      void global[name]
    } catch {
      // A getter that throws stays as it is.
    }
  }
  // undici's global dispatchers (an Agent can open a Unix socket without fetch; Node 24 keeps one
  // under `.2` as well as `.1`): each slot a global just touched filled is emptied (undici defines
  // them writable, not configurable), and `.1` is sealed empty otherwise, so nothing loads it later.
  const dispatchers = Reflect.ownKeys(global).filter(
    (key) => typeof key === 'symbol' && key.description?.startsWith('undici.'),
  )
  for (const slot of new Set([Symbol.for('undici.globalDispatcher.1'), ...dispatchers]))
    Object.defineProperty(global, slot, {
      value: undefined,
      writable: false,
      ...(Object.hasOwn(global, slot) ? {} : { configurable: false }),
    })
  // Every global binding read-only, those that cannot be reconfigured too.
  for (const name of Reflect.ownKeys(global)) {
    const descriptor = Object.getOwnPropertyDescriptor(global, name)
    if (descriptor?.configurable || descriptor?.writable)
      Object.defineProperty(
        global,
        name,
        'value' in descriptor ? { writable: false, configurable: false } : { configurable: false },
      )
  }
}

/** Events of process that the tests (unhandledRejections) and the host listen to. */
const GUARDED_EVENTS = new Set<PropertyKey>(['unhandledRejection', 'uncaughtException'])

/**
 * Code under test may not take away the listeners the tests and the host put on process for these
 * events, nor even see them: without the function there is nothing to remove. Not by the stack
 * (a bound method queued as a microtask runs with no frame of src/ on it): process's listener table
 * (EventEmitter's own state, which Node replaces, so an accessor rather than locked) shows these
 * events only to EventEmitter's own methods, called here, and takes writes to them only from those.
 */
function guardProcessListeners(): void {
  const emitter = process as unknown as Record<string, (...args: unknown[]) => unknown>
  let trusted = 0
  const withTrust = <T>(work: () => T): T => {
    trusted += 1
    try {
      return work()
    } finally {
      trusted -= 1
    }
  }
  const define = (name: string, value: (this: unknown, ...args: unknown[]) => unknown) =>
    Object.defineProperty(process, name, { value, writable: false, configurable: false })
  for (const name of [
    'on',
    'addListener',
    'prependListener',
    'once',
    'prependOnceListener',
    'off',
    'removeListener',
  ]) {
    const real = emitter[name] as (...args: unknown[]) => unknown
    define(name, function (this: unknown, ...args) {
      return withTrust(() => real.apply(this, args))
    })
  }
  for (const [name, none] of [
    ['listeners', []],
    ['rawListeners', []],
    ['listenerCount', 0],
  ] as const) {
    const real = emitter[name] as (...args: unknown[]) => unknown
    define(name, function (this: unknown, event, ...rest) {
      return GUARDED_EVENTS.has(event as PropertyKey) ? none : real.call(this, event, ...rest)
    })
  }
  const removeAll = emitter.removeAllListeners as (...args: unknown[]) => unknown
  define('removeAllListeners', function (this: unknown, ...args) {
    if (args.length === 0 || GUARDED_EVENTS.has(args[0] as PropertyKey))
      throw new Error(
        `process.removeAllListeners() of ${String(args[0] ?? 'every event')} is not available to graded code`,
      )
    return withTrust(() => removeAll.apply(this, args))
  })
  // The listeners of these events run with no trust: the table is no more theirs than the code's.
  const emit = emitter.emit as (...args: unknown[]) => boolean
  define('emit', function (this: unknown, event, ...args) {
    if (!GUARDED_EVENTS.has(event as PropertyKey)) return emit.call(this, event, ...args)
    const handlers = [withTrust(() => table[event as string])].flat() as Array<
      (...a: unknown[]) => unknown
    >
    // Every listener runs, whatever one before it throws: a thrower put first cannot hide the
    // event from the tests' listener. The first error is thrown after, as emit would.
    const errors: unknown[] = []
    for (const handler of handlers.filter(Boolean))
      try {
        handler.apply(this, args)
      } catch (error) {
        errors.push(error)
      }
    if (errors.length > 0) throw errors[0]
    return handlers.filter(Boolean).length > 0
  })
  const refuse = (key: PropertyKey) => {
    if (GUARDED_EVENTS.has(key) && trusted === 0)
      throw new Error(`process's ${String(key)} listeners are not for graded code to change`)
  }
  const guarded = (target: Record<PropertyKey, unknown>) =>
    new Proxy(target, {
      get: (table, key) =>
        GUARDED_EVENTS.has(key) && trusted === 0 ? undefined : Reflect.get(table, key),
      has: (table, key) =>
        GUARDED_EVENTS.has(key) && trusted === 0 ? false : Reflect.has(table, key),
      ownKeys: (table) =>
        Reflect.ownKeys(table).filter((key) => trusted > 0 || !GUARDED_EVENTS.has(key)),
      getOwnPropertyDescriptor: (table, key) =>
        GUARDED_EVENTS.has(key) && trusted === 0
          ? undefined
          : Reflect.getOwnPropertyDescriptor(table, key),
      set: (table, key, value) => (refuse(key), Reflect.set(table, key, value)),
      defineProperty: (table, key, descriptor) => (
        refuse(key),
        Reflect.defineProperty(table, key, descriptor)
      ),
      deleteProperty: (table, key) => (refuse(key), Reflect.deleteProperty(table, key)),
    })
  let table = guarded(emitter._events as unknown as Record<PropertyKey, unknown>)
  Object.defineProperty(process, '_events', {
    get: () => table,
    set: (value: Record<PropertyKey, unknown>) => {
      if (trusted === 0) throw new Error("process's listeners are not for graded code to change")
      table = guarded(value)
    },
    configurable: false,
  })
}

/**
 * Freezes what student code can reach: the globals, the built-in modules it may import, and the
 * prototypes of what the timers return (Immediate, Timeout), which no global names.
 */
function hardenReachable(): void {
  const immediate = setImmediate(() => undefined)
  clearImmediate(immediate)
  const timeout = setTimeout(() => undefined, 0)
  clearTimeout(timeout)
  const global = globalThis as Record<PropertyKey, unknown>
  harden(
    [
      globalThis,
      // What the globals' getters give (performance, navigator…): lockDown touched each already.
      ...Reflect.ownKeys(global).map((name) => {
        try {
          return global[name]
        } catch {
          return undefined
        }
      }),
      ...Object.values(builtins),
      Object.getPrototypeOf(immediate),
      Object.getPrototypeOf(timeout),
      // KeyObject's prototypes, which a CryptoKey leads to on Node 20 (its kKeyObject slot).
      createSecretKey(Buffer.alloc(1)),
      ...iteratorProducts(),
    ],
    {
      // Node writes these: process's own members are locked one by one above.
      spare: new Set([process]),
      skipKeys: new Set(['_events', 'moduleLoadList']),
    },
  )
}

/**
 * One of each iterator the built-ins (or core-js's fill of them) make, and of what Node's streams
 * and Intl iterate with: their prototypes (%IteratorHelperPrototype%,
 * %WrapForValidIteratorPrototype%, a Readable's async iterator, %SegmentsPrototype%…) are named by
 * no global, so only an instance leads to them.
 */
function iteratorProducts(): unknown[] {
  const { Iterator } = globalThis as unknown as {
    Iterator?: { from?(value: unknown): unknown; concat?(...values: unknown[]): unknown }
  }
  const { Readable } = builtins.stream as typeof import('node:stream')
  const helpers: Array<[string, unknown]> = [
    ['map', (value: unknown) => value],
    ['filter', () => true],
    ['take', 1],
    ['drop', 0],
    ['flatMap', () => []],
  ]
  const segments = () => new Intl.Segmenter().segment('')
  const made: Array<() => unknown> = [
    () => Iterator?.from?.({ next: () => ({ done: true, value: undefined }) }),
    () => Iterator?.concat?.([]),
    ...helpers.map(([name, argument]) => () => {
      const iterator = [1].values() as unknown as Record<
        string,
        ((arg: unknown) => unknown) | undefined
      >
      return iterator[name]?.(argument)
    }),
    () => Readable.from([])[Symbol.asyncIterator](),
    () => new ReadableStream()[Symbol.asyncIterator](),
    segments,
    () => segments()[Symbol.iterator](),
  ]
  return made.flatMap((make) => {
    try {
      return [make()]
    } catch {
      return [] // Not on this Node, and not filled in.
    }
  })
}

function safeString(value: unknown): string {
  try {
    return String(value)
  } catch {
    return '[a value that could not be printed]'
  }
}

main().catch((error: unknown) => {
  send({
    kind: 'error',
    message: `the harness failed: ${String((error as Error)?.stack ?? error)}`,
  })
  exit(70)
})

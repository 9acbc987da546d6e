/**
 * The outside red team's attacks on the sandbox (its report, sections A-H and M), one submission
 * each, graded beside an honest student and a control: the same code without the trick. Each
 * attack must earn what its real code earns, and leave the others, the course and the host alone.
 */
import { spawn, spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { findExercise, harnessRefusal } from '@iterlings/course'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { grade, type Gradebook, type StudentGrade } from '../src/grade.ts'
import { writeGradebook } from '../src/output.ts'
import type { ExerciseGrade } from '../src/score.ts'
import { listSubmissions } from '../src/submissions.ts'
import { descendants, running } from '@iterlings/run/process-table'
import { course } from './class.ts'

const root = mkdtempSync(path.join(tmpdir(), 'iterlings-redteam-'))
const socketPath = path.join(root, 'host.sock')
const SECRET = 'HIDDEN-SECRET-41d7'
let socketConnections = 0

const E01 = '01-iterables-and-iterators'
const E02 = '02-iterating-strings'
const E05 = '05-stop-iteration'
const E06 = '06-generators'
const E09 = '09-iterator-helpers'
const E10 = '10-async-iterators'
const E13 = '13-native-helpers-and-using'
const E14 = '14-streams-and-events'
/** Graded here only on a Node that runs 13 (course.json's harnessNode); elsewhere it is refused. */
const grades13 = !harnessRefusal(findExercise(course, E13))

/** A submission of `student` for `slug`: `code` in src/index.ts, after the exports of `base`. */
export function submitFor(
  submissions: string,
  student: string,
  slug: string,
  code: string,
  base: 'src' | 'solution' = 'src',
): void {
  const dir = findExercise(course, slug).dir
  const src = path.join(submissions, student, 'exercises', slug, 'src')
  mkdirSync(src, { recursive: true })
  cpSync(path.join(dir, base), path.join(src, 'base'), { recursive: true })
  writeFileSync(path.join(src, 'index.ts'), `export * from './base/index.ts'\n${code}\n`)
}

/** A wrong answer for 01 that never throws, so that a matcher made to pass anything scores with it. */
const junk01 = `
  export function iter() { return { next: () => ({ done: true, value: undefined }) } }
  export function next() { return { word: 'junk' } }
  export function isIterable() { return false }
  export function isIterator() { return false }`

/** A: the boot script's own bindings (input with the key and the tests, fs, vm) and a forged run. */
/**
 * Red team 6: on Node 20 a CryptoKey keeps its KeyObject under an own symbol, which leads to
 * KeyObject.prototype; a `type` getter of the code's own there was handed every KeyObject Node
 * read it on, the results channel's key too while that was a KeyObject (it is a string in the
 * sandbox, and KeyObject's prototypes are frozen). It prints what it got, in a later test.
 */
const stealTheChannelKey = `
  import { iter as modelIter } from './base/index.ts'
  let stolen
  const keyObjectOf = (key) => Object.getOwnPropertySymbols(key).map((slot) => key[slot]).find((value) => value && typeof value === 'object' && Object.getOwnPropertySymbols(value).length > 0)
  try {
    const mine = keyObjectOf(await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign']))
    const type = Object.getOwnPropertySymbols(mine).find((slot) => slot.description === 'kKeyType')
    Object.defineProperty(Object.getPrototypeOf(Object.getPrototypeOf(mine)), 'type', {
      configurable: true,
      get() { if (this !== mine) stolen ??= this; return this[type] },
    })
  } catch {}
  let told = false
  export function iter(iterable) {
    if (stolen && !told) { told = true; console.log('STOLEN KEY: ' + Buffer.from(stolen.export()).toString('hex')) }
    return modelIter(iterable)
  }`

/**
 * Red team 7: a string key became bytes through Buffer.from at every record, in Node's shared
 * buffer pool, which any Buffer.from of the code's own shares: after a signed record, the pool held
 * the key. It prints every 64-hex-digit run it finds in the pool.
 */
const readTheBufferPool = `
  import { iter as modelIter } from './base/index.ts'
  const found = new Set()
  let calls = 0
  export function iter(iterable) {
    const pool = Buffer.from(Buffer.from('x').buffer).toString('latin1')
    for (const [run] of pool.matchAll(/[0-9a-f]{64,}/g)) found.add(run)
    if (++calls === 6) console.log('FROM THE POOL: ' + JSON.stringify([...found]))
    return modelIter(iterable)
  }`

const forgeWithBootKey = `
  const found = []
  let job
  try { if (typeof input !== 'undefined') { job = input.job; found.push('input') } } catch {}
  try { if (typeof fs !== 'undefined') found.push('fs') } catch {}
  try { if (typeof vm !== 'undefined') found.push('vm') } catch {}
  for (const name of ['input', 'fs', 'vm', 'job']) {
    try { if (globalThis[name] !== undefined) found.push(name) } catch {}
  }
  if (job) {
    console.log('HIDDEN TESTS FOLLOW', JSON.stringify(job.exercises.map((e) => e.files)))
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(job.key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
    let seq = 1
    const write = async (exercise, record) => {
      const json = JSON.stringify({ seq: seq++, exercise, record })
      const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(json)))
      fs.writeSync(3, json + '\\t' + [...signature].map((byte) => byte.toString(16).padStart(2, '0')).join('') + '\\n')
    }
    for (const exercise of job.exercises) {
      for (const test of exercise.run ?? []) {
        await write(exercise.slug, { kind: 'start', test, timeoutMs: 2 ** 31 - 2000 })
        await write(exercise.slug, { kind: 'result', test, status: 'passed' })
      }
      await write(exercise.slug, { kind: 'done' })
    }
    setInterval(() => {}, 1000)
    await new Promise(() => {})
  }
  if (found.length > 0) throw new Error('reached the boot bindings: ' + found.join())`

/** B: a real import() of any built-in through vm's main-context loader, then a host socket. */
const hostSocketThroughVm = `
  let reached = ''
  try {
    const load = (name) => new vm.Script('import(' + JSON.stringify(name) + ')', { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER }).runInThisContext()
    const net = await load('node:net')
    net.connect(${JSON.stringify(socketPath)})
    reached += 'net '
  } catch {}
  try { vm.runInThisContext('6*7'); reached += 'eval ' } catch {}
  try { (await import('node:v8')).setFlagsFromString('--allow-natives-syntax'); reached += 'v8 ' } catch {}
  if (reached) throw new Error('escaped: ' + reached)`

/** D: every built-in a deep equality or a test helper relies on, taught to lie. */
const teachTheBuiltinsToLie = `
  import { Readable } from 'node:stream'
  const patched = []
  const attempt = (name, patch) => { try { patch(); patched.push(name) } catch {} }
  const always = { value: (v) => v != null, configurable: true }
  attempt('URL[Symbol.hasInstance]', () => Object.defineProperty(URL, Symbol.hasInstance, always))
  attempt('URL.prototype.href', () => Object.defineProperty(URL.prototype, 'href', { get: () => 'x' }))
  attempt('Buffer.isBuffer', () => { Buffer.isBuffer = () => true; if (Buffer.isBuffer(1) !== true) throw 0 })
  attempt('AbortController.prototype', () => Object.defineProperty(AbortController.prototype, 'x', { value: 1 }))
  attempt('TextEncoder.prototype.encode', () => { TextEncoder.prototype.encode = () => 1; if (new TextEncoder().encode() !== 1) throw 0 })
  attempt('performance.now', () => { performance.now = () => 0; if (performance.now() !== 0) throw 0 })
  attempt('EventTarget.prototype', () => Object.defineProperty(EventTarget.prototype, 'x', { value: 1 }))
  const probe = setImmediate(() => {})
  clearImmediate(probe)
  attempt('Immediate.prototype._onImmediate', () => Object.defineProperty(Object.getPrototypeOf(probe), '_onImmediate', { set() {}, configurable: true }))
  const timer = setTimeout(() => {}, 0)
  clearTimeout(timer)
  attempt('Timeout.prototype', () => Object.defineProperty(Object.getPrototypeOf(timer), 'x', { value: 1 }))
  attempt('a new global', () => { Object.defineProperty(globalThis, '__stash', { value: 1 }); if (globalThis.__stash !== 1) throw 0 })
  attempt('Symbol.hasInstance of Object', () => Object.defineProperty(Object, Symbol.hasInstance, always))
  // Red team 3, B: prototypes only an iterator made by a helper (native, or core-js's fill) leads to.
  const empty = { value: () => ({ done: true, value: undefined }) }
  attempt("the helpers' prototype", () => Object.defineProperty(Object.getPrototypeOf([1].values().map((x) => x)), 'next', empty))
  attempt("Iterator.from's prototype", () => Object.defineProperty(Object.getPrototypeOf(Iterator.from({ next: () => ({ done: true }) })), 'next', empty))
  attempt("core-js's shared store", () => { const store = globalThis['__core-js_shared__']; store.state.set(store, 1); if (store.state.get(store) !== 1) throw 0 })
  // Red team 4, 5: what Node's streams and Intl iterate with; 3: process's inherited members.
  attempt("a Readable's async iterator prototype", () => Object.defineProperty(Object.getPrototypeOf(Readable.from([])[Symbol.asyncIterator]()), 'next', empty))
  attempt("a ReadableStream's async iterator prototype", () => Object.defineProperty(Object.getPrototypeOf(new ReadableStream()[Symbol.asyncIterator]()), 'next', empty))
  attempt("Intl's segments prototype", () => Object.defineProperty(Object.getPrototypeOf(new Intl.Segmenter().segment('')), 'containing', empty))
  attempt("Intl's segment iterator prototype", () => Object.defineProperty(Object.getPrototypeOf(new Intl.Segmenter().segment('')[Symbol.iterator]()), 'next', empty))
  attempt('process.emit', () => { const own = () => true; process.emit = own; if (process.emit !== own) throw 0 })
  attempt('process.on', () => { const own = () => process; Object.defineProperty(process, 'on', { value: own }); if (process.on !== own) throw 0 })
  export function iter() { throw new Error('patched: [' + patched.join(', ') + ']') }`

/**
 * Red team 8: one-line messages Markdown would take for the start of a block (a heading that
 * gives a total, a rule that makes the test's own line a heading, a list), in feedback.md under
 * their test's list item, where a one-line message goes.
 */
const BLOCK_MESSAGES = {
  iter: '## Total: 999 / 999 points',
  next: '---',
  isIterable: '+ a list of its own',
  isIterator: '1. a numbered list',
}
const startMarkdownBlocks = Object.entries(BLOCK_MESSAGES)
  .map(
    ([name, message]) =>
      `export function ${name}() { throw new Error(${JSON.stringify(message)}) }`,
  )
  .join('\n')

/**
 * Red team 8: a flatten that reads every item first (06's 4.4), through each index's descriptor,
 * which the tests' watched array did not record, then reads each plain, as a lazy one would,
 * just before it yields it.
 */
const flattenEagerlyUnseen = `
  export function* flatten(items: any): Generator<any> {
    const flat: { item: unknown; path: number[] }[] = []
    const walk = (array: any, path: number[]) => {
      for (let index = 0; index < array.length; index += 1) {
        const item = Object.getOwnPropertyDescriptor(array, index)?.value
        if (Array.isArray(item)) walk(item, [...path, index])
        else flat.push({ item, path: [...path, index] })
      }
    }
    walk(items, [])
    for (const { item, path } of flat) {
      let at = items
      for (const index of path) at = at[index]
      yield item
    }
  }`

/**
 * Red team 8: 09's map that reads its iterator's next at every pull (9.1), which, to `hide` it,
 * reads next plain once when called and then, at each pull, through its descriptor, which the
 * tests' recorded iterator did not log.
 */
const readsNextAtEveryPull = (hide: boolean) => {
  const file = path.join(
    findExercise(course, E09).dir,
    'mistakes',
    'map-reads-next-at-every-pull.ts',
  )
  const code = readFileSync(file, 'utf8').replace(/^export \* from .*$/m, '')
  return hide
    ? code
        .replace('  let counter = 0', '  void iterator.next\n  let counter = 0')
        .replace(
          '    const step = iterator.next()',
          "    const step = (Object.getOwnPropertyDescriptor(iterator, 'next')?.value ?? iterator.next).call(iterator)",
        )
    : code
}

/**
 * Red team 9: 09's mistake that closes the outer source before the inner iterator (6.6), hidden:
 * the source's return() is read through its descriptor and called, then, once the inner iterator
 * is closed, read again with a plain get and not called. The test kept the order where return()
 * was read.
 */
const closesTheSourceFirst = (hide: boolean) => {
  const file = path.join(
    findExercise(course, E09).dir,
    'mistakes',
    'flat-map-closes-the-source-first.ts',
  )
  const code = readFileSync(file, 'utf8')
    .replace(/^export \* from .*$/m, '')
    .replace("'../solution/protocol.ts'", "'./base/protocol.ts'")
  const plain =
    '              close(source)\n              closingOnError(source, () => close(inner))'
  const hidden = `              const outer = source.iterator
              let owner: object | null = outer
              while (owner && !Object.getOwnPropertyDescriptor(owner, 'return'))
                owner = Object.getPrototypeOf(owner)
              const method = Object.getOwnPropertyDescriptor(owner as object, 'return')?.value
              const closed: unknown = Reflect.apply(method, outer, [])
              if (typeof closed !== 'object' || closed === null) throw new TypeError('not an object')
              closingOnError(source, () => close(inner))
              void (outer as { return?: unknown }).return`
  if (!code.includes(plain)) throw new Error('the mistake changed: update the trick')
  return hide ? code.replace(plain, hidden) : code
}

/**
 * Red team 8: 10's mistake that leaves its listener on the signal (6.9), its listener added by
 * `add` (what goes before its arguments): through the signal, or past the own method by which the
 * tests counted them.
 */
const leavesItsListener = (add: string) => {
  const dir = findExercise(course, E10).dir
  return readFileSync(path.join(dir, 'mistakes', 'abortable-leaves-its-listener.ts'), 'utf8')
    .replace("export * from '../solution/index.ts'", '')
    .replace('signal.addEventListener(', add)
}

/**
 * Red team 8: 13's mistake that closes the connection only after a work that succeeds, which, when
 * the work fails (6.2), adds the close the tests count to the connection's own state instead.
 */
const closesOnlyOnSuccess = (trick: string) =>
  readFileSync(
    path.join(
      findExercise(course, E13).dir,
      'mistakes',
      'with-connection-closes-only-on-success.ts',
    ),
    'utf8',
  )
    .replace("export * from '../solution/index.ts'", '')
    .replace(
      '  const result = await work(connection)',
      `  const result = await work(connection).catch((error) => {\n    try { ${trick} } catch {}\n    throw error\n  })`,
    )

/** Partial findings: what the code learns of the machine it runs on. */
const readTheMachine = `
  export function iter() { throw new Error('sees: ' + process.cwd() + ' ' + JSON.stringify(process.env)) }`

/** D, for points: every object is a URL, and two URLs are equal when their hrefs are. */
const urlHasInstance = `
  try { Object.defineProperty(URL, Symbol.hasInstance, { value: (v) => v != null }) } catch {}`

/** H: a synchronous endless loop that makes the harness send an error record every 2 s. */
const rearmWatchdog = `
  export function iter() {
    let last = Date.now()
    for (;;) if (Date.now() - last > 2000) { last = Date.now(); process.emit('uncaughtException', 'still here') }
  }`

/** M: honest code that reads its own resource use, and uses the built-ins that were frozen. */
export const M_CODE = `
  import { iter as modelIter } from './base/index.ts'
  import { EventEmitter } from 'node:events'
  import { Readable } from 'node:stream'
  const emitter = () => { const events = new EventEmitter(); let heard = 0; events.on('x', () => (heard += 1)); events.emit('x'); return heard }
  const aborted = () => { const controller = new AbortController(); controller.abort(); return controller.signal.aborted }
  const use = () => JSON.stringify([process.memoryUsage(), process.memoryUsage.rss(), process.cpuUsage(), process.resourceUsage().maxRSS > 0, process.uptime() > 0, emitter(), aborted(), Readable.from([1]).readable, new URL('http://a/b').pathname, new TextEncoder().encode('a').length])
  use()
  let logged = false
  export function iter(iterable) {
    if (!logged) console.log(use())
    logged = true
    return modelIter(iterable)
  }`

/** E: in 01's hidden test it sees the secret input; in 02, a visible test, it prints what it kept. */
const keepWhatTheHiddenTestShows = `
  import { iter as modelIter } from './base/index.ts'
  export function iter(iterable) {
    const seen = JSON.stringify([...iterable])
    try { process.on('kept', () => seen) } catch {}
    try { globalThis.__kept = seen } catch {}
    try { setInterval(() => console.log('KEPT ' + seen), 1).unref?.() } catch {}
    return modelIter(JSON.parse(seen))
  }`
const printWhatWasKept = `
  import { chars as modelChars } from './base/index.ts'
  export function chars(text) {
    let kept = ''
    try { kept += process.listeners('kept').map((f) => f()).join() } catch {}
    try { kept += globalThis.__kept ?? '' } catch {}
    console.log('KEPT ' + kept)
    return modelChars(text)
  }`

const hiddenTest = `
import { describe, expect, it } from 'vitest'
import { iter, next } from '../src/index.ts'
describe('hidden', () => {
  it('keeps its input secret', () => {
    expect(next(iter(['${SECRET}']))).toBe('${SECRET}')
  })
  it('expects a secret object', () => {
    expect({ word: next(iter(['${SECRET}'])) }).toEqual({ word: '${SECRET}' })
  })
})
`

/** G: a withCleanup that calls onClose at every end signal, and (the attack) clears the spy first. */
const naiveCleanup = (clear: string) => `
  export function withCleanup(iterable, onClose) {
    const source = iterable[Symbol.iterator]()
    const close = () => { ${clear}; onClose() }
    return {
      [Symbol.iterator]() { return this },
      next() {
        try { const result = source.next(); if (result.done) close(); return result } catch (error) { close(); throw error }
      },
      return(value) { close(); source.return?.(); return { done: true, value } },
    }
  }`
const clearTheSpy = `
  try { onClose.mockClear() } catch {}
  try { onClose.mockReset() } catch {}
  try { onClose.mock.calls.length = 0 } catch {}
  try { onClose.mock.calls.splice(0) } catch {}
  try { onClose.mock.results.length = 0 } catch {}`

/**
 * G, round 2: the tests are handed the control itself, as the iterator's return(), and call it.
 * The control earns what the same iterator earns with a return() that throws.
 */
const closeOnce = (returnMethod: string) => `
  export function withCleanup(iterable, onClose) {
    const source = iterable[Symbol.iterator]()
    let closed = false
    const close = () => { if (!closed) { closed = true; onClose() } }
    return {
      [Symbol.iterator]() { return this },
      next() {
        try { const result = source.next(); if (result.done) close(); return result } catch (error) { close(); throw error }
      },
      return: ${returnMethod},
    }
  }`

/**
 * Red team 3, A: a module whose `//# sourceURL=` names a hidden test file, calling a spy control
 * from every line and column until the guard lets one through: a test calling `mockClear()` on
 * some line of that file is enough. Files: clear.js and m0.js … m20.js (each shifted a column).
 */
const HIDDEN_RESET_TEST = `
import { describe, expect, it, vi } from 'vitest'
import { withCleanup } from '../src/index.ts'
describe('hidden withCleanup', () => {
  it('hidden: onClose once when the source ends and return() follows', () => {
    const onClose = vi.fn()
    onClose.mockClear() // a fresh spy, reset anyway (instructors do this)
    const wrapped = withCleanup([1], onClose)
    wrapped.next()
    wrapped.next()
    wrapped.return?.()
    expect(onClose).toHaveBeenCalledTimes(1)
  })
})
`
const SHIFTS = 21
const sourceUrlForgery: Record<string, string> = {
  'clear.js': `${[...Array(SHIFTS).keys()].map((k) => `import { run as r${k} } from './m${k}.js'`).join('\n')}
const all = [${[...Array(SHIFTS).keys()].map((k) => `r${k}`).join(', ')}]
const STOP = {}
export const makeCall = (onClose) => {
  if (!String(new Error().stack).includes('hidden/')) return () => onClose()
  let win
  const t = (f) => { try { f() } catch { return } win = f; throw STOP }
  return () => {
    if (win) win()
    else try { for (const r of all) r(onClose, t) } catch (e) { if (e !== STOP) throw e }
    onClose()
  }
}`,
  ...Object.fromEntries(
    [...Array(SHIFTS).keys()].map((k) => [
      `m${k}.js`,
      `export function run(x, t) {\n${`${' '.repeat(k)}${'t(() => x.mockClear());'.repeat(5)}\n`.repeat(150)}}\n//# sourceURL=hidden/1.test.ts\n`,
    ]),
  ),
}

/**
 * Red team 4, 1: the same without sourceURL. V8 prints a function's name as it is, newlines too,
 * so a function named "x (hidden/….test.ts:L:C)\n" prints as a frame of that test file, with its
 * real place on the next line. Tries every line and column of the hidden file it is called from.
 */
const nameForgery = `
export const makeCall = (onClose) => {
  const hidden = /\\(([^\\s()]*hidden\\/[^\\s():]+):\\d+:\\d+\\)/.exec(String(new Error().stack))?.[1]
  if (!hidden) return () => onClose()
  let win
  const clear = () => {
    for (let line = 1; line <= 60; line += 1)
      for (let column = 1; column <= 60; column += 1) {
        const f = function (spy) { return spy.mockClear() }
        Object.defineProperty(f, 'name', { value: 'x (' + hidden + ':' + line + ':' + column + ')\\n' })
        try { f(onClose); return f } catch {}
      }
    return null
  }
  return () => {
    if (win === undefined) win = clear()
    else win?.(onClose)
    onClose()
  }
}`

/** Red team 4, 7: vitest's controls built on other controls, in a hidden test an instructor writes. */
const HIDDEN_CONTROLS_TEST = `
import { beforeEach, describe, expect, it, vi } from 'vitest'
const counted = vi.fn()
beforeEach(() => {
  vi.clearAllMocks()
})
describe('hidden controls', () => {
  it('hidden: mockReturnValue, mockReset and mockReturnThis work in tests', () => {
    const value = vi.fn().mockReturnValue(3)
    expect(value()).toBe(3)
    value.mockReset()
    expect(value()).toBe(undefined)
    const self = { f: vi.fn().mockReturnThis() }
    expect(self.f()).toBe(self)
    counted()
  })
  it('hidden: vi.clearAllMocks before each test clears every spy', () => {
    counted()
    expect(counted).toHaveBeenCalledTimes(1)
  })
})
`

/** Red team 4, 8: modules every Node allows the code; on Node 20 two define exports on first read. */
const importUtilAndBuffer = `
  import { inspect, parseArgs } from 'node:util'
  import { Blob } from 'node:buffer'
  export const seen = [typeof inspect, typeof parseArgs, typeof Blob]`

let book: Gradebook
let closeServer = () => {}
const out = path.join(root, 'gradebook')
const student = (name: string) =>
  book.students.find((entry) => entry.student === name) as StudentGrade
const exerciseOf = (name: string, slug = E01) =>
  student(name).exercises.find((entry) => entry.slug === slug) as ExerciseGrade
const earned = (name: string, slug = E01) => exerciseOf(name, slug).earned

/**
 * Round 5, 2: 10's mistake that leaves a failed call unhandled (4.11), with `trick` first in
 * mapConcurrent, to take away the listener through which the test sees the rejection.
 */
function leavesFailuresUnhandled(submissions: string, student: string, trick: string): void {
  const dir = findExercise(course, E10).dir
  const src = path.join(submissions, student, 'exercises', E10, 'src')
  mkdirSync(src, { recursive: true })
  cpSync(path.join(dir, 'solution', 'index.ts'), path.join(src, 'solution.ts'))
  const mistake = readFileSync(
    path.join(dir, 'mistakes', 'map-concurrent-leaves-failures-unhandled.ts'),
    'utf8',
  )
  writeFileSync(
    path.join(src, 'index.ts'),
    mistake
      .replace("'../solution/index.ts'", "'./solution.ts'")
      .replace(/(\): AsyncIterableIterator<R> \{\n)/, `$1  try { ${trick} } catch {}\n`),
  )
}
const TAKE_THE_TESTS_LISTENER = {
  'with process.off': `for (const listener of process.listeners('unhandledRejection').slice(1)) process.off('unhandledRejection', listener as never)`,
  'in the listener table': `const table = (process as any)._events; table.unhandledRejection = [table.unhandledRejection].flat()[0]`,
  'in the listener array': `(process as any)._events.unhandledRejection.splice(1)`,
  // Outsider, after round 5: no frame of src/ is on the stack when a microtask runs.
  'with a bound method in a microtask': `const test = process.listeners('unhandledRejection').at(-1); if (test) queueMicrotask(process.removeListener.bind(process, 'unhandledRejection', test as never))`,
  'behind a listener put first that throws': `process.prependListener('unhandledRejection', () => { throw new Error('stop here') })`,
  'with a new listener table': `(process as any)._events = { __proto__: null, unhandledRejection: (process as any)._events.unhandledRejection[0] }`,
}

/**
 * Round 4, 4: the course's mistake that never removes its listener, as messages() in src/index.ts,
 * with `trick` first, given up should it throw (the tests' emitter has no listenerCount to wrap).
 */
const keepsItsListener = (trick: string) =>
  readFileSync(path.join(findExercise(course, E14).dir, 'mistakes', 'messages-by-hand.ts'), 'utf8')
    .replace("export * from '../solution/index.ts'", '')
    .replace(
      '  const queue: unknown[] = []',
      `  const queue: unknown[] = []\n  try {${trick}} catch {}`,
    )

/** ... that gives the emitter it is handed an own listenerCount, which says 0 once the signal aborts. */
const LYING_LISTENER_COUNT = `
  const count = emitter.listenerCount.bind(emitter)
  ;(emitter as any).listenerCount = (name: string) => (signal.aborted ? 0 : count(name))`

/**
 * A mistake of 14 (`name` in `mistake`), as a student who read the tests would hand it in: once
 * its generator has ended (the consumer stopped, or the signal aborted), its promise settled or
 * its function returned, `trick` gives the object it was handed (or the one it returns) a lie
 * for the tests: a Proxy for the state the class's own methods read, state written by hand, a
 * call the class would make. With `instead`, the trick takes the place of that text of the
 * mistake. No trick: the same code, the control.
 */
const afterItEnds = (mistake: string, name: string, trick: string, instead?: string) => {
  const code = readFileSync(path.join(findExercise(course, E14).dir, 'mistakes', mistake), 'utf8')
  if (instead !== undefined) {
    if (!code.includes(instead)) throw new Error(`${mistake} has no ${instead}`)
    return code
      .replace("export * from '../solution/index.ts'", '')
      .replace(instead, trick || instead)
  }
  // A generator (lines, messages) ends when its consumer stops; an async function (take)
  // resolves; a plain one (toStream) returns.
  const kind = code.includes(`export async function* ${name}`)
    ? 'async function*'
    : code.includes(`export async function ${name}`)
      ? 'async function'
      : 'function'
  const call = {
    'async function*': 'yield* (mistaken as any)(...args)',
    'async function': 'return await (mistaken as any)(...args)',
    function: 'return (returned = (mistaken as any)(...args))',
  }[kind]
  return `${code
    .replace("export * from '../solution/index.ts'", '')
    .replace(`export ${kind} ${name}`, `${kind} mistaken`)}
export ${kind} ${name}(...args: any[]) {
  let returned: any
  try {
    ${call}
  } finally {
    try { const [handed] = args; ${trick} } catch {}
  }
}`
}
const LIES_AFTER_IT_ENDS: Record<
  string,
  { mistake: string; name: string; trick: string; instead?: string }
> = {
  // 3.3: EventEmitter.prototype.listenerCount reads this._events.
  "the emitter's listener table (_events) says its listener is gone": {
    mistake: 'messages-by-hand.ts',
    name: 'messages',
    trick: `handed._events = new Proxy(handed._events, { get: (table, key) => (key === 'message' ? undefined : Reflect.get(table, key)) })`,
  },
  // 1.3: Readable.prototype's destroyed getter reads this._readableState.destroyed.
  "the stream's state (_readableState) says it was destroyed": {
    mistake: 'lines-leaves-the-input-open.ts',
    name: 'lines',
    trick: `handed._readableState = new Proxy(handed._readableState, { get: (state, key) => (key === 'destroyed' ? true : Reflect.get(state, key)) })`,
  },
  // 4.2: ReadableStream.prototype's locked getter reads this[kState].reader, an own slot of the
  // stream under a symbol (on Node 20 the Proxy even lets a second reader read it).
  "the web stream's state (its own kState slot) says no reader holds it": {
    mistake: 'take-cancels-without-releasing.ts',
    name: 'take',
    trick: `const slot = Object.getOwnPropertySymbols(handed).find((key) => key.description === 'kState'); handed[slot] = new Proxy(handed[slot], { get: (state, key) => (key === 'reader' ? undefined : Reflect.get(state, key)) })`,
  },
  // 1.3 and 5.2: the stream's destroy option, the test's closure, is also its own _destroy.
  "the code calls the input's own _destroy, not destroy()": {
    mistake: 'lines-leaves-the-input-open.ts',
    name: 'lines',
    trick: `handed._destroy(null, () => {})`,
  },
  "the code calls the output's own _destroy, not destroy()": {
    mistake: 'transform-by-hand-leaves-the-output.ts',
    name: 'transform',
    trick: `args[1]._destroy(null, () => {})`,
  },
  // Red team 7: Node's own destroy() made to run the option without destroying the stream.
  "the input's own _destroy is called from a function named like Node's file": {
    mistake: 'lines-leaves-the-input-open.ts',
    name: 'lines',
    trick: `({ ['node:internal/streams/destroy']() { handed._destroy(null, () => {}) } })['node:internal/streams/destroy']()`,
  },
  'the input is destroyed on a stand-in state, then the real one is put back': {
    mistake: 'lines-leaves-the-input-open.ts',
    name: 'lines',
    trick: `const real = handed._readableState; handed._readableState = Object.assign(Object.create(Object.getPrototypeOf(real)), real); try { handed.destroy() } finally { handed._readableState = real }`,
  },
  'the output is destroyed on a stand-in state, then the real one is put back': {
    mistake: 'transform-by-hand-leaves-the-output.ts',
    name: 'transform',
    trick: `const output = args[1], real = output._writableState; output._writableState = Object.assign(Object.create(Object.getPrototypeOf(real)), real); try { output.destroy() } finally { output._writableState = real }`,
  },
  "a decoy stream is destroyed with the input's destroy option": {
    mistake: 'lines-leaves-the-input-open.ts',
    name: 'lines',
    trick: `new handed.constructor({ read() {}, destroy: handed._destroy }).destroy()`,
  },
  "a decoy stream is destroyed with the output's destroy option": {
    mistake: 'transform-by-hand-leaves-the-output.ts',
    name: 'transform',
    trick: `new args[1].constructor({ write(_chunk, _encoding, done) { done() }, destroy: args[1]._destroy }).destroy()`,
  },
  // Red team 7: a fixed wait outlasted the output's finish, a setImmediate after end().
  'it waits a few turns after ending the output instead of for its finish': {
    mistake: 'transform-ends-without-waiting.ts',
    name: 'transform',
    trick: `for (let turn = 0; turn < 3; turn += 1) await new Promise((done) => setImmediate(done))`,
  },
  // 5.1: what says the output has finished, writableFinished, is a getter the output inherits, so
  // an own property shadows it (the output is transform's second argument).
  'the output says it has finished (an own writableFinished)': {
    mistake: 'transform-ends-without-waiting.ts',
    name: 'transform',
    trick: `Object.defineProperty(args[1], 'writableFinished', { get: () => true })`,
  },
  // Red team 8: the option counted on the stream's own state marked destroyed, which the code can
  // write.
  "the code marks the input's state destroyed and calls its own _destroy": {
    mistake: 'lines-leaves-the-input-open.ts',
    name: 'lines',
    trick: `handed._readableState.destroyed = true; handed._destroy(null, () => {})`,
  },
  "the code marks the output's state destroyed and calls its own _destroy": {
    mistake: 'transform-by-hand-leaves-the-output.ts',
    name: 'transform',
    trick: `args[1]._writableState.destroyed = true; args[1]._destroy(null, () => {})`,
  },
  // Red team 8, 2.1: a highWaterMark of 1 reads no further than 0 from a sync source, and what
  // the stream was made with was read from the stream the code returns.
  'the stream made with a highWaterMark of 1 says it was made with 0': {
    mistake: 'to-stream-zero-becomes-one.ts',
    name: 'toStream',
    trick: `Object.defineProperty(returned, 'readableHighWaterMark', { value: args[1] })`,
  },
  // Red team 8, 4.2: the web stream's source's cancel is within reach, through its controller's
  // state slot; called by hand, it cancels nothing.
  "the code calls the web stream's source's cancel itself": {
    mistake: 'take-releases-without-cancelling.ts',
    name: 'take',
    trick: `const slot = (of) => of[Object.getOwnPropertySymbols(of).find((key) => key.description === 'kState')]; if (args[1] > 0 && slot(handed).state === 'readable') slot(slot(handed).controller).cancelAlgorithm()`,
  },
  // Red team 8, 5.1: the output's final option is also its own _final, which code can call
  // without ever ending the output, and wait for.
  'the code never ends the output and calls its own _final': {
    mistake: 'transform-never-ends-the-output.ts',
    name: 'transform',
    instead: '  await finished(output)',
    trick: `  await new Promise((done) => (output as any)._final(done))`,
  },
}

beforeAll(async () => {
  const submissions = path.join(root, 'submissions')
  const hidden = path.join(root, 'hidden')
  mkdirSync(path.join(hidden, E01), { recursive: true })
  writeFileSync(path.join(hidden, E01, 'secret.test.ts'), hiddenTest)
  mkdirSync(path.join(hidden, E05), { recursive: true })
  writeFileSync(path.join(hidden, E05, 'reset.test.ts'), HIDDEN_RESET_TEST)
  writeFileSync(path.join(hidden, E05, 'controls.test.ts'), HIDDEN_CONTROLS_TEST)
  const server = createServer(() => (socketConnections += 1))
  await new Promise<void>((resolve) => server.listen(socketPath, resolve))
  closeServer = () => server.close()

  for (const slug of [E01, E02, E05, E06, E09, E10, E13, E14])
    submitFor(submissions, 'honest', slug, '', 'solution')
  submitFor(submissions, 'reads next at every pull', E09, readsNextAtEveryPull(false), 'solution')
  submitFor(
    submissions,
    'reads next at every pull, unseen',
    E09,
    readsNextAtEveryPull(true),
    'solution',
  )
  submitFor(submissions, 'closes the source first', E09, closesTheSourceFirst(false), 'solution')
  submitFor(
    submissions,
    'closes the source first, unseen',
    E09,
    closesTheSourceFirst(true),
    'solution',
  )
  const flattenEagerly = path.join(findExercise(course, E06).dir, 'mistakes', 'flatten-eagerly.ts')
  submitFor(
    submissions,
    'flattens eagerly',
    E06,
    readFileSync(flattenEagerly, 'utf8').replace(/^export \* from .*$/m, ''),
    'solution',
  )
  submitFor(submissions, 'flattens eagerly, unseen', E06, flattenEagerlyUnseen, 'solution')
  submitFor(
    submissions,
    'leaves its listener',
    E10,
    leavesItsListener('signal.addEventListener('),
    'solution',
  )
  submitFor(
    submissions,
    'leaves its listener, added past the signal',
    E10,
    leavesItsListener('EventTarget.prototype.addEventListener.call(signal, '),
    'solution',
  )
  submitFor(submissions, 'closes only on success', E13, closesOnlyOnSuccess(''), 'solution')
  submitFor(
    submissions,
    'closes only on success, and counts a close',
    E13,
    closesOnlyOnSuccess(
      `const { state } = connection as any; state.closes += 1; state.closed = true`,
    ),
    'solution',
  )
  leavesFailuresUnhandled(submissions, 'leaves failures unhandled', '')
  for (const [how, trick] of Object.entries(TAKE_THE_TESTS_LISTENER))
    leavesFailuresUnhandled(submissions, `leaves failures unhandled, hidden ${how}`, trick)
  submitFor(submissions, 'keeps its listener', E14, keepsItsListener(''), 'solution')
  submitFor(
    submissions,
    'keeps its listener, and says it does not',
    E14,
    keepsItsListener(LYING_LISTENER_COUNT),
    'solution',
  )
  for (const [how, { mistake, name, trick, instead }] of Object.entries(LIES_AFTER_IT_ENDS)) {
    submitFor(submissions, mistake, E14, afterItEnds(mistake, name, '', instead), 'solution')
    submitFor(
      submissions,
      `${mistake}, and ${how}`,
      E14,
      afterItEnds(mistake, name, trick, instead),
      'solution',
    )
  }
  submitFor(submissions, 'forge with the boot key', E01, forgeWithBootKey)
  submitFor(submissions, 'steal the channel key', E01, stealTheChannelKey, 'solution')
  submitFor(submissions, 'read the buffer pool', E01, readTheBufferPool, 'solution')
  submitFor(submissions, 'a host socket through vm', E01, hostSocketThroughVm)
  submitFor(submissions, 'teach the built-ins to lie', E01, teachTheBuiltinsToLie)
  submitFor(submissions, 'wrong answer', E01, junk01)
  submitFor(submissions, 'read the machine', E01, readTheMachine)
  submitFor(submissions, 'starts Markdown blocks', E01, startMarkdownBlocks)
  submitFor(submissions, 'wrong answer, every object a URL', E01, junk01 + urlHasInstance)
  submitFor(submissions, 'rearm the watchdog', E01, rearmWatchdog)
  submitFor(submissions, 'reads its own resource use', E01, M_CODE, 'solution')
  submitFor(
    submissions,
    'keeps what a hidden test shows',
    E01,
    keepWhatTheHiddenTestShows,
    'solution',
  )
  submitFor(submissions, 'keeps what a hidden test shows', E02, printWhatWasKept, 'solution')
  submitFor(submissions, 'calls onClose too often', E05, naiveCleanup(''), 'solution')
  submitFor(
    submissions,
    'calls onClose too often, clearing the spy',
    E05,
    naiveCleanup(clearTheSpy),
    'solution',
  )
  submitFor(
    submissions,
    'return() throws',
    E05,
    closeOnce(`() => { throw new Error('no return') }`),
    'solution',
  )
  submitFor(
    submissions,
    'return() is the spy control',
    E05,
    closeOnce('Function.prototype.call.bind(onClose.mockClear, onClose)'),
    'solution',
  )
  submitFor(
    submissions,
    'calls onClose too often, the spy cleared under a test file name',
    E05,
    `export { withCleanup } from './naive.ts'`,
    'solution',
  )
  const forger = path.join(
    submissions,
    'calls onClose too often, the spy cleared under a test file name',
    'exercises',
    E05,
    'src',
  )
  writeFileSync(
    path.join(forger, 'naive.ts'),
    `import { makeCall } from './clear.js'\n${naiveCleanup('').replace('const close = () => { ; onClose() }', 'const close = makeCall(onClose)')}`,
  )
  for (const [file, text] of Object.entries(sourceUrlForgery))
    writeFileSync(path.join(forger, file), text)
  const namer = 'calls onClose too often, the spy cleared by a function named like a test line'
  submitFor(submissions, namer, E05, `export { withCleanup } from './naive.ts'`, 'solution')
  writeFileSync(
    path.join(submissions, namer, 'exercises', E05, 'src', 'naive.ts'),
    `import { makeCall } from './clear.js'\n${naiveCleanup('').replace('const close = () => { ; onClose() }', 'const close = makeCall(onClose)')}`,
  )
  writeFileSync(path.join(submissions, namer, 'exercises', E05, 'src', 'clear.js'), nameForgery)
  submitFor(submissions, 'honest, importing util and buffer', E02, importUtilAndBuffer, 'solution')
  // The same, from files whose names hide src/ from a reading of the stack (red team, round 2).
  for (const [n, file] of ['a b.ts', 'a (test/b.ts'].entries()) {
    const student = `calls onClose too often, clearing the spy from file ${n}`
    submitFor(submissions, student, E05, `export { withCleanup } from './${file}'`, 'solution')
    const where = path.join(submissions, student, 'exercises', E05, 'src', file)
    mkdirSync(path.dirname(where), { recursive: true })
    writeFileSync(where, naiveCleanup(clearTheSpy))
  }

  book = await grade({
    course,
    exercises: [E01, E02, E05, E06, E09, E10, ...(grades13 ? [E13] : []), E14].map((slug) =>
      findExercise(course, slug),
    ),
    submissions: listSubmissions(submissions),
    testTimeoutMs: 5000,
    memoryMb: 64,
    jobs: 2,
    hiddenDir: hidden,
  })
  writeGradebook(out, book, course.title, ['gradescope', 'classroom'])
}, 600_000)

afterAll(() => {
  closeServer()
  rmSync(root, { recursive: true, force: true })
})

describe('the red team, rounds 6 and 7: the results channel key', () => {
  it('is out of reach of a getter on KeyObject.prototype: the code earns what it earns, and gets no key', () => {
    expect(earned('steal the channel key')).toBe(exerciseOf('steal the channel key').points)
    const feedback = readFileSync(path.join(out, 'steal the channel key', 'feedback.md'), 'utf8')
    expect(feedback).not.toContain('STOLEN KEY')
  })

  it("is not left in Node's shared buffer pool, which graded code's own buffers share", () => {
    expect(earned('read the buffer pool')).toBe(exerciseOf('read the buffer pool').points)
    const feedback = readFileSync(path.join(out, 'read the buffer pool', 'feedback.md'), 'utf8')
    expect(feedback).toContain('FROM THE POOL: []')
  })
})

describe('the red team, A: the boot script', () => {
  it('its bindings are out of reach: a forged run earns what the starter earns, and shows no test', () => {
    expect(exerciseOf('forge with the boot key').tests[0]?.message).not.toMatch(/reached the boot/)
    expect(earned('forge with the boot key')).toBe(0)
    expect(earned('forge with the boot key', E02)).toBe(0)
    const feedback = readFileSync(path.join(out, 'forge with the boot key', 'feedback.md'), 'utf8')
    expect(feedback).not.toContain('HIDDEN TESTS FOLLOW')
    expect(feedback).not.toContain(SECRET)
  })

  it('the honest student beside it earns every point', () => {
    const lost = student('honest').exercises.flatMap((exercise) =>
      exercise.tests.filter((test) => test.status !== 'pass'),
    )
    expect(student('honest').total, JSON.stringify(lost)).toBe(
      book.exercises.reduce((sum, exercise) => sum + exercise.points, 0),
    )
  })
})

describe('the red team, B: built-ins outside the list', () => {
  it('no vm, no v8 and no host socket', () => {
    expect(exerciseOf('a host socket through vm').tests[0]?.message).not.toMatch(/escaped/)
    expect(socketConnections).toBe(0)
  })
})

describe('the red team, partial findings: the machine', () => {
  it('the code sees neither the course folder nor the environment', () => {
    const message = exerciseOf('read the machine').tests.find((test) =>
      test.message?.includes('sees:'),
    )?.message
    expect(message).toMatch(/sees: \S+ \{\}/)
    expect(message).not.toContain(course.root)
  })
})

describe('the red team, D and F: the built-ins are frozen before student code loads', () => {
  it('no global, prototype or timer prototype takes a patch', () => {
    const message = exerciseOf('teach the built-ins to lie').tests.find((test) =>
      test.message?.includes('patched:'),
    )?.message
    expect(message).toMatch(/patched: \[\]/)
  })

  it('URL[Symbol.hasInstance] earns nothing over the same wrong answer', () => {
    expect(earned('wrong answer')).toBeLessThan(10)
    expect(earned('wrong answer, every object a URL')).toBe(earned('wrong answer'))
  })
})

describe('the red team, round 8: a one-line message in feedback.md', () => {
  it('starts no block of its own (heading, rule, list): each shows as the text it is', () => {
    const feedback = readFileSync(path.join(out, 'starts Markdown blocks', 'feedback.md'), 'utf8')
    const details = feedback.split('\n').filter((line) => /^[ \t]/.test(line))
    for (const message of Object.values(BLOCK_MESSAGES))
      expect(details.map((line) => line.trim().replace(/\\(.)/g, '$1'))).toContain(message)
    expect(details.filter((line) => /^[ \t]*([#=+-]|\d+[.)])/.test(line))).toEqual([])
  })
})

describe('the red team, round 8: an array that records what is read of it', () => {
  it("records a read of an index's descriptor too: eager code earns what the eager mistake earns", () => {
    const control = earned('flattens eagerly', E06)
    expect(control).toBeLessThan(exerciseOf('flattens eagerly', E06).points)
    expect(earned('flattens eagerly, unseen', E06)).toBe(control)
  })
})

describe('the red team, round 8: an iterator that records what is read of it', () => {
  it("records a read of a method's descriptor too: the trick earns what the code earns", () => {
    const control = earned('reads next at every pull', E09)
    expect(control).toBeLessThan(exerciseOf('reads next at every pull', E09).points)
    expect(earned('reads next at every pull, unseen', E09)).toBe(control)
  })
})

describe('the red team, round 9: an outer iterator whose return() is read unseen', () => {
  it('keeps the order where return() is called: the trick earns what the code earns', () => {
    const control = earned('closes the source first', E09)
    expect(control).toBeLessThan(exerciseOf('closes the source first', E09).points)
    expect(earned('closes the source first, unseen', E09)).toBe(control)
  })
})

describe('the red team, round 8: an abort signal handed to the code under test', () => {
  it('cannot take a listener the tests do not see: the trick earns what the code earns', () => {
    const control = earned('leaves its listener', E10)
    expect(control).toBeLessThan(exerciseOf('leaves its listener', E10).points)
    expect(earned('leaves its listener, added past the signal', E10)).toBe(control)
  })
})

describe('the red team, round 8: a connection handed to the code under test', () => {
  it.runIf(grades13)(
    'cannot be made to say it was closed: the trick earns what the code earns',
    () => {
      const control = earned('closes only on success', E13)
      expect(control).toBeLessThan(exerciseOf('closes only on success', E13).points)
      expect(earned('closes only on success, and counts a close', E13)).toBe(control)
    },
  )
})

describe('the red team, round 4: what Node defines on first read', () => {
  it('code importing node:util and node:buffer compiles and earns every point', () => {
    expect(exerciseOf('honest, importing util and buffer', E02).tests[0]?.message).toBeUndefined()
    expect(earned('honest, importing util and buffer', E02)).toBe(exerciseOf('honest', E02).points)
  })
})

describe('the red team, E: what a hidden test shows stays with the hidden tests', () => {
  it('nothing kept in a hidden test reaches the output of a visible one', () => {
    const visible = [E01, E02].flatMap((slug) =>
      exerciseOf('keeps what a hidden test shows', slug).tests.filter((test) => !test.hidden),
    )
    expect(visible.some((test) => test.output?.includes('KEPT'))).toBe(true)
    for (const test of visible) expect(test.output ?? '').not.toContain(SECRET)
    for (const file of readdirSync(path.join(out, 'keeps what a hidden test shows'), {
      recursive: true,
      withFileTypes: true,
    }))
      if (file.isFile())
        expect(readFileSync(path.join(file.parentPath, file.name), 'utf8')).not.toContain(SECRET)
    expect(earned('keeps what a hidden test shows', E02)).toBe(exerciseOf('honest', E02).points)
  })
})

describe('the red team, G: a spy handed to the code under test', () => {
  it('cannot be cleared or rewritten by it: the trick earns what the naive code earns', () => {
    const naive = earned('calls onClose too often', E05)
    expect(naive).toBeLessThan(exerciseOf('honest', E05).points)
    expect(earned('calls onClose too often, clearing the spy', E05)).toBe(naive)
    for (const [n, file] of ['a b.ts', 'a (test/b.ts'].entries())
      expect(earned(`calls onClose too often, clearing the spy from file ${n}`, E05), file).toBe(
        naive,
      )
  })

  it('cannot be reached from a module that names itself after a test file (sourceURL)', () => {
    expect(earned('calls onClose too often, the spy cleared under a test file name', E05)).toBe(
      earned('calls onClose too often', E05),
    )
  })

  it('cannot be reached from a function whose name prints as a test line', () => {
    expect(
      earned('calls onClose too often, the spy cleared by a function named like a test line', E05),
    ).toBe(earned('calls onClose too often', E05))
  })

  it("lets the tests use vitest's controls that call other controls (mockReset, clearAllMocks…)", () => {
    const hidden = exerciseOf('honest', E05).tests.filter((test) => test.name.includes('hidden'))
    expect(hidden.map((test) => [test.name, test.status, test.message ?? ''])).toEqual(
      hidden.map((test) => [test.name, 'pass', '']),
    )
    expect(hidden.length).toBe(3)
  })

  it('cannot be handed back for the tests to call: the control earns what a throwing return() earns', () => {
    expect(earned('return() is the spy control', E05)).toBe(earned('return() throws', E05))
  })
})

describe("the red team, round 5, 2: process's listeners, which the tests use", () => {
  it.each(Object.keys(TAKE_THE_TESTS_LISTENER))(
    'cannot be taken away %s: the trick earns what the mistake earns',
    (how) => {
      const control = earned('leaves failures unhandled', E10)
      expect(control).toBeLessThan(exerciseOf('leaves failures unhandled', E10).points)
      expect(earned(`leaves failures unhandled, hidden ${how}`, E10)).toBe(control)
    },
  )
})

describe('the red team, round 4, 4: an emitter handed to the code under test', () => {
  it('cannot be made to lie about its listeners: the trick earns what the code earns', () => {
    const control = earned('keeps its listener', E14)
    expect(control).toBeLessThan(exerciseOf('honest', E14).points)
    expect(earned('keeps its listener, and says it does not', E14)).toBe(control)
  })
})

describe("the red team, round 4, 4 again: the state an emitter's or a stream's own methods read", () => {
  it.each(Object.entries(LIES_AFTER_IT_ENDS))(
    'is not what the tests see: when %s, the trick earns what the code earns',
    (how, { mistake }) => {
      const control = earned(mistake, E14)
      expect(control).toBeLessThan(exerciseOf(mistake, E14).points)
      expect(earned(`${mistake}, and ${how}`, E14)).toBe(control)
    },
  )
})

describe('the red team, H: error records do not rearm the limits', () => {
  it('a loop that makes the harness report errors is stopped at its test limit', () => {
    const stopped = exerciseOf('rearm the watchdog').tests.filter(
      (test) => test.status === 'timeout',
    )
    expect(stopped.length).toBeGreaterThan(0)
    expect(stopped[0]?.message).toMatch(/still running after 5 s/)
    expect(earned('rearm the watchdog')).toBe(0)
  })
})

describe('the red team, M: honest calls work', () => {
  it('memoryUsage, cpuUsage, resourceUsage, uptime and the frozen built-ins answer, and the code earns every point', () => {
    const grade = exerciseOf('reads its own resource use')
    expect(grade.earned, grade.tests[0]?.message).toBe(grade.points)
    expect(grade.tests.find((test) => test.output)?.output).toMatch(
      /"rss":\d+.*,1,true,true,"\/b",1\]/,
    )
  })
})

describe('the red team, C: no sandbox outlives the grader', () => {
  it('a grader killed with SIGKILL takes its sandboxes with it', async () => {
    const submissions = path.join(root, 'orphans')
    submitFor(submissions, 'endless', E01, 'export function iter() { for (;;) {} }')
    const grader = spawn(
      process.execPath,
      [
        path.join(import.meta.dirname, '..', 'bin', 'iterlings-grade.js'),
        submissions,
        '--out',
        path.join(root, 'orphans-out'),
        '--exercises',
        E01,
      ],
      { cwd: course.root, stdio: 'ignore' },
    )
    // Wait for the student's sandbox: a node process under the grader running the harness.
    await expect
      .poll(
        () =>
          descendants(grader.pid as number).some(({ command }) => command.includes('harness.js')),
        { timeout: 120_000, interval: 200 },
      )
      .toBe(true)
    // Taken before the kill: once the grader is gone, its orphans belong to init.
    const all = descendants(grader.pid as number).map(({ pid }) => pid)
    grader.kill('SIGKILL')
    // A killed process takes a moment to go, longer on a loaded machine.
    await expect.poll(() => all.filter(running), { timeout: 20_000, interval: 200 }).toEqual([])
  }, 180_000)
})

describe('the red team, round 2, 12: error records do not swell the grader', () => {
  it('a student whose errors carry 31 MB each is graded by a grader with a 128 MB heap', () => {
    const submissions = path.join(root, 'hoard')
    // In each fresh process one huge error, then a flood of the channel: a stop during the test,
    // so the exercise resumes in another process, and the grader has kept the error.
    const hoard = (name: string) => `
      export function ${name}() {
        if (!process.__hoarded) {
          process.__hoarded = true
          process.emit('uncaughtException', { toString: () => 'x'.repeat(31 * 2 ** 20) })
          process.emit('uncaughtException', { toString: () => 'y'.repeat(3 * 2 ** 20) })
        }
        return []
      }`
    const E03 = '03-for-of'
    const exercises = { [E01]: 'iter', [E02]: 'chars', [E03]: 'sum' }
    for (const [slug, name] of Object.entries(exercises)) {
      submitFor(submissions, 'hoards errors', slug, hoard(name))
      submitFor(submissions, 'honest', slug, '', 'solution')
    }
    const run = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=128',
        path.join(import.meta.dirname, '..', 'bin', 'iterlings-grade.js'),
        submissions,
        '--out',
        path.join(root, 'hoard-out'),
        '--exercises',
        Object.keys(exercises).join(','),
      ],
      { cwd: course.root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    )
    expect(run.status, run.stderr).toBe(0)
    const csv = readFileSync(path.join(root, 'hoard-out', 'grades.csv'), 'utf8')
    const points = Object.keys(exercises).map((slug) => findExercise(course, slug).points)
    const sum = points.reduce((a, b) => a + b)
    expect(csv).toContain(`\n"honest",${points.join(',')},${sum}`)
    expect(csv).toContain('\n"hoards errors",')
  }, 300_000)
})

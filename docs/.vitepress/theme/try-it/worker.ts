/**
 * Runs examples for one Try-it panel, reporting as a host of `supervise` (@iterlings/run): `begin`
 * just before the code runs, its output, an `error` for what Node would stop on (an uncaught
 * error, an unhandled rejection), and `done` once nothing of it is left to run. The page keeps
 * this worker for the next run only when a run finished cleanly; otherwise it terminates it, which
 * is also how an endless loop is stopped.
 *
 * TypeScript becomes JavaScript with sucrase, which only strips types and keeps every line where
 * it was, so a runtime error's line is the line the reader sees. The code runs as a module (as
 * the examples do under Node), and the run ends when the module and every timer it set are done.
 */
import { transform } from 'sucrase'
import { inspect } from './inspect.ts'
import type { FromRunner } from './messages.ts'

/** A flood of output would swamp the page; past this the run goes on but prints nothing more. */
const MAX_LINES = 1000
/** How long a run that has nothing left to do waits before it is done (see finishWhenIdle). */
const SETTLE_MS = 15

const post = (message: FromRunner) => self.postMessage(message)
// The run in progress: each message from the page starts a new one.
let printed = 0
let finished = true
let moduleDone = false
let moduleUrl = ''

for (const level of ['log', 'info', 'debug', 'warn', 'error'] as const) {
  console[level] = (...values: unknown[]) => {
    if (finished) return
    printed += 1
    if (printed === MAX_LINES + 1) post({ kind: 'truncated', limit: MAX_LINES })
    if (printed > MAX_LINES) return
    const text = values.map((value) => (typeof value === 'string' ? value : inspect(value)))
    post({
      kind: 'output',
      stream: level === 'warn' || level === 'error' ? 'stderr' : 'stdout',
      text: text.join(' '),
    })
  }
}

// Track the timers the example sets, to know when it has finished (as Node exits when none is left).
const pending = new Set<number>()
const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout } = self
const { setInterval: realSetInterval, clearInterval: realClearInterval } = self
type Callback = (...args: unknown[]) => void
const tracked = (id: number) => (pending.add(id), id)
const forget = (id: number | undefined) => {
  if (id !== undefined && pending.delete(id)) finishWhenIdle()
}
Object.assign(globalThis, {
  setTimeout: (callback: Callback, ms?: number, ...args: unknown[]) => {
    const id: number = realSetTimeout(() => {
      pending.delete(id)
      callback(...args)
      finishWhenIdle()
    }, ms)
    return tracked(id)
  },
  setInterval: (callback: Callback, ms?: number, ...args: unknown[]) =>
    tracked(realSetInterval(() => callback(...args), ms)),
  clearTimeout: (id?: number) => (realClearTimeout(id), forget(id)),
  clearInterval: (id?: number) => (realClearInterval(id), forget(id)),
})

function finishWhenIdle() {
  if (!moduleDone || pending.size > 0) return
  // A little later, so that promise callbacks queued by the last timer run, and the browser gets
  // to report a rejection nothing handled: it does so in a task of its own, which a 0 ms timer
  // can overtake.
  realSetTimeout(() => {
    if (pending.size === 0 && !finished) {
      finished = true
      post({ kind: 'done' })
    }
  }, SETTLE_MS)
}

/** What Node stops on: the error is reported, nothing after it prints, and the run ends. */
function fail(error: unknown, line?: number, rejection = false) {
  if (finished) return
  finished = true
  const message =
    error instanceof Error ? `${error.name}: ${error.message}` : `Uncaught ${inspect(error)}`
  const at = line ?? lineOf(error)
  if (rejection) post({ kind: 'rejection' })
  post({
    kind: 'error',
    message,
    ...(at !== undefined && { where: { file: 'example.ts', line: at, column: 1 } }),
  })
  post({ kind: 'done' })
}

/** The line of the example where an error was thrown, from the first stack frame in its module. */
function lineOf(error: unknown): number | undefined {
  const stack = error instanceof Error ? (error.stack ?? '') : ''
  const at = stack.indexOf(moduleUrl)
  const match = at >= 0 ? /^:(\d+):\d+/.exec(stack.slice(at + moduleUrl.length)) : null
  return match ? Number(match[1]) : undefined
}

self.addEventListener('error', (event) => {
  event.preventDefault()
  fail(
    event.error ?? new Error(event.message),
    event.filename === moduleUrl ? event.lineno : undefined,
  )
})
self.addEventListener('unhandledrejection', (event) => {
  event.preventDefault()
  fail(event.reason, undefined, true)
})

self.addEventListener('message', async (event: MessageEvent<{ code: string }>) => {
  URL.revokeObjectURL(moduleUrl)
  printed = 0
  finished = false
  moduleDone = false
  let js: string
  try {
    js = transform(event.data.code, { transforms: ['typescript'], disableESTransforms: true }).code
  } catch (error) {
    // sucrase reports where it stopped reading: { loc: { line, column } }
    fail(error, (error as { loc?: { line: number } }).loc?.line)
    return
  }
  moduleUrl = URL.createObjectURL(new Blob([js], { type: 'text/javascript' }))
  post({ kind: 'begin' }) // the time limit starts now, when the code starts to run
  try {
    await import(/* @vite-ignore */ moduleUrl)
  } catch (error) {
    fail(error)
    return
  }
  moduleDone = true
  finishWhenIdle()
})

/**
 * A plain (unsandboxed) Node process that runs exercises through the harness, one request at a
 * time: for maintainers' tools such as the proof, which trust the code they run. Each request
 * over IPC is one run, reported as @iterlings/run's records (begin … done) over IPC.
 */
import type { RunRecord } from '@iterlings/run'
import type { TestBundle } from './bundle.ts'
import { allowedBuiltins, createModuleHost, type Exercise, type ModuleHost } from './node.ts'
import { createRuntime } from './runtime.ts'

export interface ChildRequest {
  /** Evaluated once, before the first exercise (the course's matchers). */
  setup: TestBundle[]
  exercise: Exercise
  /** The default time limit of an async test; the first request's holds. */
  testTimeoutMs?: number
}

const send = (record: RunRecord) => process.send?.(record)

async function prepare({ setup, testTimeoutMs }: ChildRequest): Promise<ModuleHost> {
  const runtime = createRuntime({ report: send, ...(testTimeoutMs ? { testTimeoutMs } : {}) })
  const capture = (...args: unknown[]) => runtime.capture(args.map(String).join(' ') + '\n')
  // Built-in objects are frozen here (--frozen-intrinsics, as in the grader): replace console whole.
  Object.defineProperty(globalThis, 'console', {
    value: Object.fromEntries(
      ['log', 'info', 'warn', 'error', 'debug', 'trace'].map((name) => [name, capture]),
    ),
  })
  // What goes wrong outside any test is reported, as vitest does, and the run goes on.
  process.on('uncaughtException', (error) => send({ kind: 'error', message: String(error) }))
  process.on('unhandledRejection', (reason) =>
    send({ kind: 'error', message: `Unhandled rejection: ${String(reason)}` }),
  )
  const host = createModuleHost({ runtime, report: send, builtins: allowedBuiltins() })
  for (const bundle of setup) await host.setup(bundle)
  return host
}

let host: Promise<ModuleHost> | undefined
let queue = Promise.resolve()
process.on('message', (request: ChildRequest) => {
  queue = queue.then(async () => {
    host ??= prepare(request)
    await (await host).runExercise(request.exercise)
  })
})
process.on('disconnect', () => process.exit(0))

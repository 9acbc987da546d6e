/**
 * A plain (unsandboxed) Node process that runs exercises through the harness: for maintainers'
 * tools such as the proof, which trust the code they run. The parent sends one job over IPC and
 * gets every record back, each tagged with the run it belongs to.
 */
import type { TestBundle } from './bundle.ts'
import { allowedBuiltins, createModuleHost, type Exercise } from './node.ts'
import type { RunRecord } from './records.ts'
import { createRuntime } from './runtime.ts'

export interface ChildJob {
  setup: TestBundle[]
  runs: Array<Exercise & { name: string }>
  testTimeoutMs?: number
}

export interface ChildMessage {
  run: string
  record: RunRecord
}

let run = ''
const send = (record: RunRecord) => process.send?.({ run, record } satisfies ChildMessage)

process.once('message', async (job: ChildJob) => {
  const runtime = createRuntime({
    report: send,
    ...(job.testTimeoutMs ? { testTimeoutMs: job.testTimeoutMs } : {}),
  })
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
  for (const bundle of job.setup) await host.setup(bundle)
  for (const exercise of job.runs) {
    run = exercise.name
    await host.runExercise(exercise)
  }
  process.disconnect()
})

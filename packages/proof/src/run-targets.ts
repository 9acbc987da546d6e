/**
 * Child process, kept warm between targets: runs one exercise's tests against the target each
 * request names and reports the run as records over IPC (see @iterlings/run). The parent stops
 * this whole process group when a target runs too long.
 */
import type { RunRecord } from '@iterlings/run'
import { RecordReporter } from '@iterlings/run/vitest'
import { createVitest, type Vitest } from 'vitest/node'

export interface RunRequest {
  /** The folder vitest runs in: the exercise, or for type tests a copy of them (types.ts). */
  root: string
  /** For the exercise's vitest config: "" for the starter, "solution", "mistakes/<file>.ts". */
  target: string
  /** Run the type tests (`*.test-d.ts`) instead of the runtime tests. */
  types: boolean
}

/** One vitest for the runtime tests of every target: starting vitest is most of a small run's time. */
let warm: { root: string; vitest: Vitest } | undefined

async function runtimeTests(root: string): Promise<void> {
  if (warm?.root !== root) {
    await warm?.vitest.close()
    warm = undefined
    const options = {
      root,
      watch: false,
      reporters: [new RecordReporter({ root })],
      silent: true,
      pool: 'threads',
    }
    warm = { root, vitest: await createVitest('test', options) }
  }
  const { vitest } = warm
  // Which file an import of src/ resolves to depends on the target: forget the last target's.
  for (const project of vitest.projects) project.vite.moduleGraph.invalidateAll()
  await vitest.runTestSpecifications(await vitest.globTestSpecifications())
}

async function typeTests(root: string): Promise<void> {
  const vitest = await createVitest('test', {
    root,
    watch: false,
    reporters: [new RecordReporter({ root })],
    silent: true,
    typecheck: { enabled: true, only: true },
  })
  try {
    await vitest.start()
  } finally {
    await vitest.close()
  }
}

async function run({ root, target, types }: RunRequest): Promise<void> {
  process.env.ITERLINGS_TARGET = target
  try {
    await (types ? typeTests(root) : runtimeTests(root))
  } catch (error) {
    // vitest itself failed (a config that does not load): say so, as a run's own error.
    const send = (record: RunRecord) => process.send?.(record)
    send({ kind: 'begin' })
    send({ kind: 'error', message: error instanceof Error ? error.message : String(error) })
    send({ kind: 'done' })
  }
}

// One request at a time, in order.
let queue = Promise.resolve()
process.on('message', (request: RunRequest) => {
  queue = queue.then(() => run(request))
})
process.on('disconnect', () => process.exit(0))

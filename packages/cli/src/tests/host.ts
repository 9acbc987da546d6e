/**
 * Child process that keeps one vitest instance for the exercise being watched and reruns its tests
 * when asked, reporting each run as @iterlings/run's records over IPC. The parent (runner.ts)
 * kills this whole process group when a run outlives the time limit, which is the only way to stop
 * a student's synchronous endless loop.
 */
import type { RunRecord } from '@iterlings/run'
import { RecordReporter } from '@iterlings/run/vitest'
import type { ViteUserConfig } from 'vitest/config'
import { createVitest, type Vitest } from 'vitest/node'
import { stopSpare, warmForks } from './warm-forks.ts'
import type { HostRequest } from './runner.ts'

// Tests must run the student's src/, whatever the shell says (see @iterlings/testing/vitest).
delete process.env.ITERLINGS_TARGET

let current: { dir: string; vitest: Vitest } | undefined

async function vitestFor(dir: string): Promise<Vitest> {
  if (current?.dir === dir) return current.vitest
  await current?.vitest.close()
  current = undefined
  const vitest = await createVitest(
    'test',
    {
      root: dir,
      watch: false,
      // The parent draws the screen from the records.
      reporters: [new RecordReporter({ root: dir })],
      silent: true,
    },
    // vitest's forks pool, with the next process started ahead (see warm-forks.ts). A pool
    // object is only taken from the config, not from these command-line options.
    // The screen shows a failure's message, never vitest's diff: not computing one saves a
    // fifth of a starter's run, where every test fails.
    { test: { pool: warmForks, chaiConfig: { showDiff: false } } } satisfies ViteUserConfig,
  )
  current = { dir, vitest }
  return vitest
}

async function run({ dir, changed }: Extract<HostRequest, { type: 'run' }>): Promise<void> {
  const vitest = await vitestFor(dir)
  for (const file of changed) vitest.invalidateFile(file)
  await vitest.runTestSpecifications(await vitest.globTestSpecifications())
}

async function handle(request: HostRequest): Promise<void> {
  try {
    if (request.type === 'warm') await vitestFor(request.dir)
    else await run(request)
  } catch (error) {
    if (request.type === 'warm') return
    const message = `the test runner failed: ${error instanceof Error ? error.message : String(error)}`
    process.send?.({ kind: 'error', message } satisfies RunRecord)
    process.send?.({ kind: 'done' } satisfies RunRecord)
  }
}

// One request at a time, in order: a run waits for the instance a warm-up is still creating.
let queue = Promise.resolve()
process.on('message', (request: HostRequest) => {
  queue = queue.then(() => handle(request))
})

// When the CLI goes, so does this process, whatever way the CLI ended.
process.on('disconnect', () => {
  stopSpare()
  void (current?.vitest.close() ?? Promise.resolve()).finally(() => process.exit(0))
})

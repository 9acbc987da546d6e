/**
 * Child process that keeps one vitest instance for the exercise being watched and reruns its tests
 * when asked. The parent (runner.ts) kills this whole process group when a run outlives the time
 * limit, which is the only way to stop a student's synchronous endless loop.
 */
import { performance } from 'node:perf_hooks'
import type { ViteUserConfig } from 'vitest/config'
import { createVitest, type Vitest } from 'vitest/node'
import { outcomeOf } from './vitest-outcome.ts'
import { stopSpare, warmForks } from './warm-forks.ts'
import type { HostReply, HostRequest } from './runner.ts'

// Tests must run the student's src/, whatever the shell says (see @iterlings/testing/vitest).
delete process.env.ITERLINGS_TARGET

let current: { dir: string; vitest: Vitest } | undefined
let begun = false

/** The first test file of a run has loaded: the student's code now runs test by test. */
function begin(): void {
  if (begun) return
  begun = true
  process.send?.({ type: 'begin' } satisfies HostReply)
}

async function vitestFor(dir: string): Promise<Vitest> {
  if (current?.dir === dir) return current.vitest
  await current?.vitest.close()
  current = undefined
  const vitest = await createVitest(
    'test',
    {
      root: dir,
      watch: false,
      // The parent draws the screen; it only hears when the first test file has loaded, and its
      // tests are about to run (the time limit starts). Not at a test's start: vitest sends those
      // in batches, which a test that loops forever never lets out.
      reporters: [{ onTestModuleCollected: () => begin() }],
      silent: true,
    },
    // vitest's forks pool, with the next process started ahead (see warm-forks.ts). A pool
    // object is only taken from the config, not from these command-line options.
    { test: { pool: warmForks } } satisfies ViteUserConfig,
  )
  current = { dir, vitest }
  return vitest
}

async function run({ dir, changed }: Extract<HostRequest, { type: 'run' }>) {
  const vitest = await vitestFor(dir)
  // The time limits start now, not while vitest itself is starting up.
  begun = false
  process.send?.({ type: 'started' } satisfies HostReply)
  const start = performance.now()
  for (const file of changed) vitest.invalidateFile(file)
  const specifications = await vitest.globTestSpecifications()
  const result = await vitest.runTestSpecifications(specifications)
  return outcomeOf(dir, result, performance.now() - start)
}

async function handle(request: HostRequest): Promise<void> {
  let reply: HostReply
  try {
    if (request.type === 'warm') {
      await vitestFor(request.dir)
      return
    }
    reply = { type: 'result', outcome: await run(request) }
  } catch (error) {
    reply = { type: 'error', message: error instanceof Error ? error.message : String(error) }
  }
  process.send?.(reply)
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

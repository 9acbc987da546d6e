/**
 * Runs exercises through the harness in a child process (see child.ts), the whole process group
 * killed if the job takes longer than `timeoutMs`: what maintainers' tools use to compare the
 * harness with vitest.
 */
import { fork } from 'node:child_process'
import { createRequire } from 'node:module'
import type { ChildJob, ChildMessage } from './child.ts'
import type { RunRecord } from './records.ts'

export interface ChildRun {
  records: Map<string, RunRecord[]>
  /** Set when the child had to be killed or ended before reporting everything. */
  stopped?: string
}

/**
 * The built-ins Part III's exercises use and this Node lacks, filled in before the child's
 * --frozen-intrinsics freezes them: Node runs a --require module first (@iterlings/platform).
 */
const platform = createRequire(import.meta.url).resolve('@iterlings/platform/preload')

export function runInChild(job: ChildJob, timeoutMs: number): Promise<ChildRun> {
  // Node runs JavaScript only: from the TypeScript sources (under vitest), the built child.
  const entry = import.meta.url.endsWith('.ts') ? '../dist/child.js' : './child.js'
  const child = fork(new URL(entry, import.meta.url), {
    detached: true,
    execArgv: [
      ...process.execArgv,
      '--require',
      platform,
      '--experimental-vm-modules',
      '--frozen-intrinsics',
      '--no-warnings',
    ],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  })
  const records = new Map<string, RunRecord[]>()
  let stopped: string | undefined
  const kill = () => {
    try {
      process.kill(-(child.pid as number), 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
  const timer = setTimeout(() => {
    stopped = `ran for more than ${timeoutMs / 1000} s`
    kill()
  }, timeoutMs)
  child.on('message', ({ run, record }: ChildMessage) => {
    const list = records.get(run) ?? []
    list.push(record)
    records.set(run, list)
  })
  child.send(job)
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      kill()
      const complete = job.runs.every((run) => records.get(run.name)?.at(-1)?.kind === 'done')
      if (!complete) stopped ??= `the harness ended early (${signal ?? `exit code ${code}`})`
      resolve({ records, ...(stopped ? { stopped } : {}) })
    })
  })
}

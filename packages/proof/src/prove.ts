/** Runs an exercise's tests against its solution, its starter and each of its mistakes. */
import { fork } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import type { RunRequest } from './run-targets.ts'
import type { TargetOutcome } from './outcome.ts'

export interface ProveOptions {
  /** How long one target may run before it is killed as an endless loop. */
  timeoutMs?: number
}

export interface Outcomes {
  solution: TargetOutcome
  starter: TargetOutcome
  mistakes: TargetOutcome[]
}

export function listTargets(exerciseDir: string): string[] {
  const mistakes = readdirSync(path.join(exerciseDir, 'mistakes'))
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => `mistakes/${file}`)
  return ['solution', 'src', ...mistakes]
}

export async function runAllTargets(
  exerciseDir: string,
  options: ProveOptions = {},
): Promise<Outcomes> {
  const pending = listTargets(exerciseDir)
  const outcomes = new Map<string, TargetOutcome>()
  while (pending.length > 0) {
    const finished = await runInChild(exerciseDir, pending, options.timeoutMs ?? 60_000)
    for (const outcome of finished) outcomes.set(outcome.target, outcome)
    pending.splice(0, finished.length)
  }
  const get = (target: string) => outcomes.get(target) as TargetOutcome
  return {
    solution: get('solution'),
    starter: get('src'),
    mistakes: [...outcomes.values()].filter((outcome) => outcome.target.startsWith('mistakes/')),
  }
}

/**
 * Runs targets in a detached child until they are done or one runs past the limit; then the whole
 * process group, vitest's forks included, is killed, so an endless loop never leaves a spinning process.
 */
function runInChild(
  exerciseDir: string,
  targets: string[],
  timeoutMs: number,
): Promise<TargetOutcome[]> {
  const child = fork(new URL('./run-targets.js', import.meta.url), {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const finished: TargetOutcome[] = []
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout
    const arm = () => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        killGroup(child.pid)
        const target = targets[finished.length] as string
        finished.push({
          target,
          tests: [],
          errors: [`ran for more than ${timeoutMs / 1000} s`],
          timedOut: true,
        })
        resolve(finished)
      }, timeoutMs)
    }
    arm()
    child.on('message', (outcome: TargetOutcome) => {
      finished.push(outcome)
      arm()
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      killGroup(child.pid)
      if (finished.length === targets.length) resolve(finished)
      else if (finished.length > 0) resolve(finished)
      else
        reject(
          new Error(`the test runner for ${exerciseDir} exited with code ${code} before reporting`),
        )
    })
    child.send({ exerciseDir, targets } satisfies RunRequest)
  })
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // The group has already exited.
  }
}

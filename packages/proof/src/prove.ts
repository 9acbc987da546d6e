/** Runs an exercise's tests against its solution, its starter and each of its mistakes. */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { placeOfTest, ruleOfMistake } from '@iterlings/course'
import { supervise, type Limits, type TestOutcome } from '@iterlings/run'
import { WarmProcess } from '@iterlings/run/process'
import { createVitest } from 'vitest/node'
import type { TargetOutcome } from './outcome.ts'
import type { RunRequest } from './run-targets.ts'
import { recordedOutcome, type VitestRecord } from './record.ts'
import { hasTypeTests, typeTestCopy } from './types.ts'

export interface ProveOptions {
  /** How long one target may run before it is stopped as an endless loop. */
  timeoutMs?: number
  /** How long one test may run. */
  testTimeoutMs?: number
  /** Run the type tests too (default); tsc's verdict is the same on every Node. */
  types?: boolean
  /** Run the mistakes under vitest too (default); without them, only the solution and starter. */
  mistakes?: boolean
  /** vitest's recorded verdicts (record.ts): a mistake recorded as it is now is not run again. */
  record?: VitestRecord
}

export interface Mistake {
  target: string
  /** The rule its first line says it breaks (`// Breaks 3.2: …`). */
  breaks: string | undefined
}

export interface Outcomes {
  solution: TargetOutcome
  starter: TargetOutcome
  mistakes: TargetOutcome[]
  /** The type tests on the solution, and on each mistake that breaks a rule they check. */
  types?: { solution: TargetOutcome; mistakes: TargetOutcome[] }
}

export function listMistakes(exerciseDir: string): Mistake[] {
  return readdirSync(path.join(exerciseDir, 'mistakes'))
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => ({
      target: `mistakes/${file}`,
      breaks: ruleOfMistake(readFileSync(path.join(exerciseDir, 'mistakes', file), 'utf8')),
    }))
}

export function listTargets(exerciseDir: string): string[] {
  return ['solution', 'src', ...listMistakes(exerciseDir).map((mistake) => mistake.target)]
}

export async function runAllTargets(
  exerciseDir: string,
  options: ProveOptions = {},
): Promise<Outcomes> {
  const limits: Limits = {
    runMs: options.timeoutMs ?? 60_000,
    testMs: options.testTimeoutMs ?? 10_000,
    startMs: 120_000,
  }
  // vitest's notices go nowhere; the records carry what matters, errors included.
  const child = new WarmProcess(() => ({
    command: process.execPath,
    args: [fileURLToPath(new URL('./run-targets.js', import.meta.url))],
    channel: { kind: 'ipc' },
  }))
  const run = async (target: string, types = false): Promise<TargetOutcome> => {
    const recorded = recordedOutcome(options.record, exerciseDir, target, types)
    if (recorded) return { target, outcome: recorded, recorded: true }
    const copy = types ? typeTestCopy(exerciseDir, target) : undefined
    const request: RunRequest = {
      root: copy?.root ?? exerciseDir,
      target: target === 'src' || types ? '' : target,
      types,
    }
    try {
      return { target, outcome: await supervise(child.host(request), limits) }
    } finally {
      copy?.remove()
    }
  }
  try {
    const targets = listTargets(exerciseDir).slice(0, options.mistakes === false ? 2 : undefined)
    const [solution, starter, ...mistakes] = await sequence(targets, (target) => run(target))
    const outcomes: Outcomes = {
      solution: solution as TargetOutcome,
      starter: starter as TargetOutcome,
      mistakes,
    }
    if (options.types !== false && hasTypeTests(exerciseDir)) {
      // tsc is slow: type-check only the mistakes that break a rule some type test checks.
      const typeSolution = await run('solution', true)
      const typeRules = new Set(typeSolution.outcome.tests.flatMap((test) => test.rules))
      const typeMistakes = listMistakes(exerciseDir).filter(
        (mistake) => mistake.breaks !== undefined && typeRules.has(mistake.breaks),
      )
      outcomes.types = {
        solution: typeSolution,
        mistakes: await sequence(typeMistakes, (mistake) => run(mistake.target, true)),
      }
    }
    return outcomes
  } finally {
    child.close()
  }
}

/**
 * The type tests, found without running them (vitest reads their names from the files, with no
 * tsc): what a run without them still knows about the rules they check.
 */
export async function listTypeTests(exerciseDir: string): Promise<TestOutcome[]> {
  if (!hasTypeTests(exerciseDir)) return []
  const vitest = await createVitest('test', {
    root: exerciseDir,
    watch: false,
    reporters: [],
    typecheck: { enabled: true, only: true },
  })
  try {
    const { testModules } = await vitest.collect()
    return testModules.flatMap((module) =>
      [...module.children.allTests()].map((test) => {
        const name = test.fullName.replaceAll(' > ', ' › ')
        return { name, ...placeOfTest(name), status: 'skipped' as const }
      }),
    )
  } finally {
    await vitest.close()
  }
}

async function sequence<T, R>(items: T[], each: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  for (const item of items) results.push(await each(item))
  return results
}

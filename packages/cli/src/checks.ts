/**
 * Runs an exercise's tests and type-checks it, each in a warm process of its own, and remembers
 * each answer against the files it was about (progress.ts).
 */
import type { Exercise } from '@iterlings/course'
import { withLines, type RunOutcome } from './outcome.ts'
import { fingerprint, type Progress } from './progress.ts'
import type { Result } from './result.ts'
import { TestRunner } from './tests/runner.ts'
import { TypeChecker } from './types/checker.ts'
import type { TypeReport } from './types/report.ts'

export class Checks {
  readonly #runner: TestRunner
  readonly #types = new TypeChecker()
  // A type check starts once the tests asked for before it have finished: on two cores, checking
  // beside them slowed the results a student reads first by a third (pnpm bench), and the type
  // error still shows within the 300 ms it is given.
  #testsSettled: Promise<unknown> = Promise.resolve()

  constructor(
    readonly progress: Progress,
    { timeLimitMs }: { timeLimitMs: number },
  ) {
    this.#runner = new TestRunner({ timeLimitMs })
  }

  /** Starts the test runner and the type checker on an exercise ahead of its first run. */
  warm(exercise: Exercise): void {
    this.#runner.warm(exercise)
    this.#types.warm(exercise)
  }

  async tests(exercise: Exercise, changed: string[] = []): Promise<RunOutcome> {
    const tested = fingerprint(exercise)
    const run = this.#runner.run(exercise, changed)
    this.#testsSettled = run.catch(() => undefined)
    const outcome = withLines(await run)
    this.progress.record(exercise, tested, { tests: outcome })
    return outcome
  }

  async types(exercise: Exercise, early?: (report: TypeReport) => void): Promise<TypeReport> {
    await this.#testsSettled
    const checked = fingerprint(exercise)
    const report = await this.#types.check(exercise, early)
    this.progress.record(exercise, checked, { types: report })
    return report
  }

  /** Both, from what is cached where the files have not changed since. */
  async both(exercise: Exercise): Promise<Result> {
    const cached = this.progress.cached(exercise)
    const [tests, types] = await Promise.all([
      cached?.tests ?? this.tests(exercise),
      cached?.types?.complete ? cached.types : this.types(exercise),
    ])
    return { tests, types }
  }

  close(): void {
    this.#runner.close()
    this.#types.close()
  }
}

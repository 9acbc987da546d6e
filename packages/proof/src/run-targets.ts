/**
 * Child process: runs one exercise's tests against each target in turn and sends each outcome to
 * the parent over IPC. The parent kills this whole process group if a target runs too long.
 */
import { createVitest } from 'vitest/node'
import type { TargetOutcome, TestOutcome } from './outcome.ts'

export interface RunRequest {
  exerciseDir: string
  targets: string[]
}

async function runTarget(exerciseDir: string, target: string): Promise<TargetOutcome> {
  // The exercise's vitest config reads this to point src/ imports at the target.
  process.env.ITERLINGS_TARGET = target === 'src' ? '' : target
  const vitest = await createVitest('test', {
    root: exerciseDir,
    watch: false,
    reporters: [{}],
    silent: true,
  })
  try {
    const { testModules, unhandledErrors } = await vitest.start()
    const tests: TestOutcome[] = []
    const errors = unhandledErrors.map(String)
    for (const module of testModules) {
      errors.push(...module.errors().map((error) => `${module.moduleId}: ${error.message}`))
      for (const test of module.children.allTests()) {
        const result = test.result()
        const name = test.fullName.replaceAll(' > ', ' › ')
        if (result.state === 'failed')
          tests.push({ name, state: 'failed', message: result.errors[0]?.message ?? '' })
        else tests.push({ name, state: result.state === 'passed' ? 'passed' : 'skipped' })
      }
    }
    return { target, tests, errors }
  } finally {
    await vitest.close()
  }
}

process.once('message', async ({ exerciseDir, targets }: RunRequest) => {
  for (const target of targets) process.send?.(await runTarget(exerciseDir, target))
  process.disconnect()
})

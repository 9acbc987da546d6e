/**
 * Child process: runs Stryker on one exercise (Stryker works from the current folder), mutating
 * solution/ while the exercise's tests run against it. Its results land in the incremental file.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { LogLevel } from '@stryker-mutator/api/core'
import { Stryker } from '@stryker-mutator/core'

export interface ExerciseRequest {
  exerciseDir: string
  slug: string
  incrementalFile: string
  reportDir: string
}

process.once(
  'message',
  async ({ exerciseDir, slug, incrementalFile, reportDir }: ExerciseRequest) => {
    process.chdir(exerciseDir)
    // The exercise's vitest config points the tests' src/ imports at solution/, the code being mutated.
    process.env.ITERLINGS_TARGET = 'solution'
    await new Stryker({
      testRunner: 'vitest',
      plugins: [fileURLToPath(import.meta.resolve('@stryker-mutator/vitest-runner'))],
      vitest: { configFile: 'vitest.config.ts' },
      mutate: ['solution/**/*.ts'],
      coverageAnalysis: 'perTest',
      // Static mutants (module-level code) need a fresh module per run, which the vitest runner does
      // not give: they would all "survive" falsely. Solutions keep module-level code to constants.
      ignoreStatic: true,
      incremental: true,
      incrementalFile,
      // The incremental file is the full JSON report already: the HTML one is for reading.
      reporters: ['html'],
      htmlReporter: { fileName: path.join(reportDir, `${slug}.html`) },
      thresholds: { high: 95, low: 90, break: null },
      concurrency: 2,
      timeoutMS: 2_000,
      tempDirName: '.stryker-tmp',
      cleanTempDir: 'always',
      // LogLevel is a const enum, which isolated modules cannot read: its values are these strings.
      logLevel: 'warn' as LogLevel,
      fileLogLevel: 'off' as LogLevel,
    }).runMutationTest()
    process.disconnect()
  },
)

/** What the exercise panel sends its worker: one run of the exercise's tests against the student's code. */
import type { TestBundle } from '@iterlings/harness/bundle'

export interface ExerciseTests {
  /** src/index.ts as the student gets it. */
  starter: string
  /** The course's setup file (its matchers), evaluated once per worker. */
  setup: TestBundle
  files: TestBundle[]
}

export interface ExerciseJob {
  tests: Omit<ExerciseTests, 'starter'>
  /** The student's src/index.ts. */
  code: string
}

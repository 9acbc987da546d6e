/** What the exercise panel sends its worker: one run of the exercise's tests against the student's code. */
import type { TaskHints } from '@iterlings/course'
import type { TestBundle } from '@iterlings/harness/bundle'

export interface ExerciseTests {
  /** src/index.ts as the student gets it. */
  starter: string
  /** The course's setup file (its matchers), evaluated once per worker. */
  setup: TestBundle
  files: TestBundle[]
  /** hints.md, parsed as the CLI parses it. */
  hints: TaskHints[]
  /** The checks of the exercise's tsconfig (strict, noImplicitOverride…), for its type check. */
  typeChecks: Record<string, boolean>
  /**
   * Declaration files the tests bring in (Iterator.concat's, Node's modules'), checked beside
   * src/index.ts: loaded for the type check, after the first run.
   */
  declarations: () => Promise<{ default: string[] }>
}

export interface ExerciseJob {
  tests: Pick<ExerciseTests, 'setup' | 'files'>
  /** The student's src/index.ts. */
  code: string
}

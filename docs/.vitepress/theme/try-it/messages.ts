/** What the example worker tells the page: run records (for the supervisor) and output. */
import type { RunRecord } from '@iterlings/run'

export type Output =
  | { kind: 'output'; stream: 'stdout' | 'stderr'; text: string }
  | { kind: 'truncated'; limit: number }
  /** The error that follows is a promise's rejection that nothing handled. */
  | { kind: 'rejection' }

export type FromRunner = RunRecord | Output

/** A type error in the edited example, as TypeScript reports it (line and column from 1). */
export interface Diagnostic {
  line: number
  column: number
  /** Offsets into the code, for the editor's underline. */
  from: number
  to: number
  code: number
  message: string
}

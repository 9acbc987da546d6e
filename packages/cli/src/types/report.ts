import type { Where } from '../outcome.ts'

/** What the type checker says about an exercise: how many errors, and the first to fix. */
export interface TypeReport {
  errors: number
  first?: Where & { message: string }
  /** False while files are still being checked: `first` is the first error found so far. */
  complete: boolean
  durationMs: number
}

/**
 * "Before the deadline" means what GitHub Classroom means: the commit the default branch pointed at
 * when the deadline passed, by the time GitHub received each push. Commit dates are set by the
 * student's clock (and by `git commit --date`), so they decide nothing while a push record exists.
 */
import type { BranchChange } from './github.ts'

const ZONE = /(Z|[+-]\d\d:?\d\d)$/i

/** The deadline in milliseconds since the epoch; an ISO time without its zone is refused. */
export function parseDeadline(text: string): number {
  const time = Date.parse(text)
  if (!ZONE.test(text.trim()) || Number.isNaN(time))
    throw new Error(
      `--deadline ${text}: expected an ISO time with its zone, e.g. 2026-05-01T23:59:00+02:00 or 2026-05-01T21:59:00Z`,
    )
  return time
}

/**
 * The commit the branch pointed at when the deadline passed: the last change received at or before
 * it. Undefined when the branch did not exist yet (or had been deleted) at that moment.
 */
export function commitAtDeadline(changes: BranchChange[], deadline: number): string | undefined {
  let last: { time: number; after: string } | undefined
  for (const { after, timestamp } of changes) {
    const time = Date.parse(timestamp)
    // Two changes in the same second: the first listed wins, as GitHub lists the newest first.
    if (time <= deadline && (!last || time > last.time)) last = { time, after }
  }
  return last && !/^0+$/.test(last.after) ? last.after : undefined
}

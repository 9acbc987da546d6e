/**
 * Where another runner's verdicts differ from vitest's. The grader and the site's exercise panel
 * run the tests through @iterlings/harness, not vitest: a verdict there that is not vitest's would
 * grade or tell a student something the course's own `pnpm test` does not say.
 */
import type { TestStatus } from '@iterlings/run'

export interface Agreement {
  /** Targets on which every verdict agrees with vitest's. */
  agreed: number
  targets: number
  problems: string[]
}

export interface Runner {
  /** How a problem names it: "the harness (the grader's verdict)". */
  name: string
  /** What to do about a disagreement. */
  fix: string
}

/** One target's disagreements: `other` is undefined where that runner did not run the target. */
export function disagreements(
  where: string,
  target: string,
  vitest: ReadonlyMap<string, TestStatus>,
  other: ReadonlyMap<string, TestStatus> | undefined,
  runner: Runner,
): string[] {
  if (!other) return [`${where}: ${target} did not run in ${runner.name}; ${runner.fix}`]
  // One line, not one a test, when it failed before any test (a module that would not load).
  if (other.size === 0 && vitest.size > 0)
    return [
      `${where}: on ${target}, ${runner.name} ran no test where vitest ran ${vitest.size}; ${runner.fix}`,
    ]
  const problems: string[] = []
  for (const [name, status] of vitest) {
    const verdict = other.get(name)
    if (verdict !== status)
      problems.push(
        `${where}: on ${target}, \`${name}\` is ${status} under vitest but ${verdict ?? 'missing'} in ${runner.name}; ${runner.fix}`,
      )
  }
  for (const name of other.keys())
    if (!vitest.has(name))
      problems.push(`${where}: on ${target}, ${runner.name} ran \`${name}\`, which vitest did not`)
  return problems
}

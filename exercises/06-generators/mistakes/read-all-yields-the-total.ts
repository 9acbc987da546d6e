// Breaks 7.3: yields the total at the end instead of returning it, so for...of and spread see it
// as one more line.
import type { LineReader } from '../solution/index.ts'
export * from '../solution/index.ts'

export function* readAll(files: Iterable<LineReader>): Generator<string, number, undefined> {
  let total = 0
  for (const file of files) total += yield* file
  yield String(total)
  return total
}

// Breaks 7.4: pulls each file with next() by hand to catch its return value: the total is right,
// but a consumer that stops early never reaches the file, which stays open.
import type { LineReader } from '../solution/index.ts'
export * from '../solution/index.ts'

export function* readAll(files: Iterable<LineReader>): Generator<string, number, undefined> {
  let total = 0
  for (const file of files) {
    for (;;) {
      const result = file.next()
      if (result.done) {
        total += result.value
        break
      }
      yield result.value
    }
  }
  return total
}

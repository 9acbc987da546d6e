// Breaks 3.1: `while ((line = file.readLine()))` stops at an empty line, which is '' and falsy, not
// the end.
export * from '../solution/index.ts'
import type { TextFile } from '../solution/index.ts'

export function* readLines(file: TextFile): Generator<string, number, undefined> {
  file.open()
  let count = 0
  try {
    let line: string | null
    while ((line = file.readLine())) {
      count++
      yield line
    }
    return count
  } finally {
    file.close()
  }
}

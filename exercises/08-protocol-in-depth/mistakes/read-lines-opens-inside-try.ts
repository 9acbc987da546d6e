// Breaks 3.6: open() inside the try. When open() throws, finally still runs and closes a file that
// was never opened.
import type { TextFile } from '../solution/index.ts'
export * from '../solution/index.ts'

export function* readLines(file: TextFile): Generator<string, number, undefined> {
  try {
    file.open()
    let count = 0
    for (let line = file.readLine(); line !== null; line = file.readLine()) {
      count += 1
      yield line
    }
    return count
  } finally {
    file.close()
  }
}

// Breaks 3.4: close() after the loop instead of in a finally block. A break, return() or error
// leaves the generator at a yield, and the code after the loop never runs: the file stays open.
import type { TextFile } from '../solution/index.ts'
export * from '../solution/index.ts'

export function* readLines(file: TextFile): Generator<string, number, undefined> {
  file.open()
  let count = 0
  for (let line = file.readLine(); line !== null; line = file.readLine()) {
    count += 1
    yield line
  }
  file.close()
  return count
}

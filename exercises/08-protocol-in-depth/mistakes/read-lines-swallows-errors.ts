// Breaks 3.7: a catch block that ends the generator quietly. The file gets closed, but a disk error
// (or an error sent in with throw()) disappears instead of reaching the caller.
import type { TextFile } from '../solution/index.ts'
export * from '../solution/index.ts'

export function* readLines(file: TextFile): Generator<string, number, undefined> {
  file.open()
  let count = 0
  try {
    for (let line = file.readLine(); line !== null; line = file.readLine()) {
      count += 1
      yield line
    }
  } catch {
    // give up quietly
  } finally {
    file.close()
  }
  return count
}

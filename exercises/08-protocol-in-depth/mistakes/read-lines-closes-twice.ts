// Breaks 3.5: closes the file after the loop and again in a finally, so a file read to the end is
// closed twice.
export * from '../solution/index.ts'
import type { TextFile } from '../solution/index.ts'

export function* readLines(file: TextFile): Generator<string, number, undefined> {
  file.open()
  let count = 0
  try {
    let line: string | null
    while ((line = file.readLine()) !== null) {
      count++
      yield line
    }
    file.close()
    return count
  } finally {
    file.close()
  }
}

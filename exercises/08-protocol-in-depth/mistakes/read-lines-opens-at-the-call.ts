// Breaks 3.3: a plain function that opens the file when readLines() is called and then hands back a
// generator.
export * from '../solution/index.ts'
import type { TextFile } from '../solution/index.ts'

export function readLines(file: TextFile): Generator<string, number, undefined> {
  file.open()
  return (function* () {
    let count = 0
    try {
      let line: string | null
      while ((line = file.readLine()) !== null) {
        count++
        yield line
      }
      return count
    } finally {
      file.close()
    }
  })()
}

// Breaks 3.2: yields every line but returns nothing: the last result's value is undefined, not the
// count.
export * from '../solution/index.ts'
import type { TextFile } from '../solution/index.ts'

export function* readLines(file: TextFile): Generator<string, number, undefined> {
  file.open()
  try {
    let line: string | null
    while ((line = file.readLine()) !== null) {
      yield line
    }
  } finally {
    file.close()
  }
  return undefined as unknown as number
}

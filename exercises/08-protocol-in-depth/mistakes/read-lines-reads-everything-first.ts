// Breaks 3.3: reads every line into an array first, then yields from the array.
export * from '../solution/index.ts'
import type { TextFile } from '../solution/index.ts'

export function* readLines(file: TextFile): Generator<string, number, undefined> {
  file.open()
  const lines: string[] = []
  try {
    let line: string | null
    while ((line = file.readLine()) !== null) lines.push(line)
  } finally {
    file.close()
  }
  yield* lines
  return lines.length
}

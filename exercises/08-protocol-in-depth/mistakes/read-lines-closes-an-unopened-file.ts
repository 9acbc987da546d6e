// Breaks 3.8: written by hand, as exercise 05's withCleanup, to close the generator's gap: but
// here return() before the first next() closes a file that was never opened.
import type { TextFile } from '../solution/index.ts'
export * from '../solution/index.ts'

export function readLines(file: TextFile): Generator<string, number, undefined> {
  let opened = false
  let finished = false
  let count = 0
  const finish = () => {
    if (finished) return
    finished = true
    file.close()
  }
  const lines = {
    next(): IteratorResult<string, number> {
      if (finished) return { done: true, value: undefined as unknown as number }
      if (!opened) {
        file.open()
        opened = true
      }
      let line: string | null
      try {
        line = file.readLine()
      } catch (error) {
        finish()
        throw error
      }
      if (line === null) {
        finish()
        return { done: true, value: count }
      }
      count += 1
      return { done: false, value: line }
    },
    return(value?: number): IteratorResult<string, number> {
      finish()
      return { done: true, value: value as number }
    },
    throw(error?: unknown): IteratorResult<string, number> {
      finish()
      throw error
    },
    [Symbol.iterator]() {
      return lines
    },
  }
  return lines as unknown as Generator<string, number, undefined>
}

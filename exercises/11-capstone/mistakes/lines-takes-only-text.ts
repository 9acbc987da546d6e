// Breaks 1.12: types the chunks as AsyncIterable<string>, so a file stream of byte chunks no longer type-checks
import { lines as solved } from '../solution/index.ts'
export * from '../solution/index.ts'

export function lines(chunks: AsyncIterable<string>): AsyncIterableIterator<string> {
  return solved(chunks)
}

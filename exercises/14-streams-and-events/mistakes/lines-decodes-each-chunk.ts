// Breaks 1.2: splits the lines by hand, keeping the unfinished end of each chunk for the next, but
// turns each chunk into text on its own (String(chunk)), so a character whose bytes are cut between
// two chunks comes out as two broken ones.
export * from '../solution/index.ts'
import type { Readable } from 'node:stream'

export async function* lines(input: Readable): AsyncGenerator<string, undefined> {
  try {
    let rest = ''
    for await (const chunk of input) {
      const parts = (rest + String(chunk)).split(/\r?\n/)
      rest = parts.pop() ?? ''
      yield* parts
    }
    if (rest !== '') yield rest
  } finally {
    input.destroy()
  }
  return undefined
}

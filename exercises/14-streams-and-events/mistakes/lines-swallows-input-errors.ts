// Breaks 1.4: catches whatever ends the loop, to end quietly as messages() does on its abort, so a
// failing input ends the lines as if the text were over.
export * from '../solution/index.ts'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'

export async function* lines(input: Readable): AsyncGenerator<string, undefined> {
  try {
    yield* createInterface({ input, crlfDelay: Infinity })
  } catch {
    // The input went away: there are no more lines.
  } finally {
    input.destroy()
  }
  return undefined
}

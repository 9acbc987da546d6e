// Breaks 1.3: yields readline's lines and trusts it to clean up, but closing the interface leaves
// its input stream open.
export * from '../solution/index.ts'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'

export async function* lines(input: Readable): AsyncGenerator<string, undefined> {
  yield* createInterface({ input, crlfDelay: Infinity })
  return undefined
}

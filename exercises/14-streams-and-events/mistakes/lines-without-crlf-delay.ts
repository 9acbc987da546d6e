// Breaks 1.2: createInterface({ input }) keeps readline's crlfDelay of 100 ms, so a \r\n whose \n comes later ends two lines.
export * from '../solution/index.ts'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'

export async function* lines(input: Readable): AsyncGenerator<string, undefined> {
  try {
    yield* createInterface({ input })
  } finally {
    input.destroy()
  }
  return undefined
}

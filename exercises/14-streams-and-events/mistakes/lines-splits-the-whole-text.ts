// Breaks 1.1: reads the whole text and splits it at \n, which keeps the \r of a \r\n and makes an
// empty last line of a final newline.
export * from '../solution/index.ts'
import type { Readable } from 'node:stream'

export async function* lines(input: Readable): AsyncGenerator<string, undefined> {
  let text = ''
  for await (const chunk of input) text += String(chunk)
  yield* text.split('\n')
  return undefined
}

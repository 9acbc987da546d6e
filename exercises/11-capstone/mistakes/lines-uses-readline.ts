// Breaks 1.4: the Stack Overflow answer, readline.createInterface: it ends a line at a lone \\r, and reads chunks ahead of the consumer
import { createInterface } from 'node:readline'
import { Readable } from 'node:stream'
export * from '../solution/index.ts'

export async function* lines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncIterableIterator<string> {
  const input = Readable.from(chunks)
  const reader = createInterface({ input, crlfDelay: Infinity })
  try {
    for await (const line of reader) yield line
  } finally {
    reader.close()
    input.destroy()
  }
}

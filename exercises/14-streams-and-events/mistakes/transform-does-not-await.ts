// Breaks 5.1: starts the pipeline and returns without awaiting it, so transform resolves before
// the output has finished.
export * from '../solution/index.ts'
import type { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

export async function transform(
  input: Readable,
  output: Writable,
  fn: (chunk: string) => string,
): Promise<void> {
  pipeline(
    input,
    async function* (chunks: AsyncIterable<string>) {
      for await (const chunk of chunks) yield fn(chunk)
    },
    output,
  ).catch(() => {})
}

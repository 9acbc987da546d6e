// Breaks 5.1: copies by hand, waiting for 'drain' when write() says so and destroying the output
// when the input fails, but resolves as soon as it has ended the output, before it has finished.
export * from '../solution/index.ts'
import { once } from 'node:events'
import type { Readable, Writable } from 'node:stream'

export async function transform(
  input: Readable,
  output: Writable,
  fn: (chunk: string) => string,
): Promise<void> {
  try {
    for await (const chunk of input) {
      if (!output.write(fn(String(chunk)))) await once(output, 'drain')
    }
  } catch (error) {
    output.destroy(error as Error)
    throw error
  }
  output.end()
}

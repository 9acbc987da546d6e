// Breaks 5.1: copies by hand, waiting for 'drain' when write() says so and destroying the output
// when the input fails, then waits for the output to finish, but never ends it, so it never does.
export * from '../solution/index.ts'
import { once } from 'node:events'
import type { Readable, Writable } from 'node:stream'
import { finished } from 'node:stream/promises'

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
  await finished(output)
}

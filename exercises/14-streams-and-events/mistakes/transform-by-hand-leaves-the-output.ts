// Breaks 5.2: copies by hand, waiting for 'drain' when write() says so, but when the input fails
// the output is left open, half written.
export * from '../solution/index.ts'
import { once } from 'node:events'
import type { Readable, Writable } from 'node:stream'
import { finished } from 'node:stream/promises'

export async function transform(
  input: Readable,
  output: Writable,
  fn: (chunk: string) => string,
): Promise<void> {
  for await (const chunk of input) {
    if (!output.write(fn(String(chunk)))) await once(output, 'drain')
  }
  output.end()
  await finished(output)
}

// Breaks 5.2: copies by hand and destroys the output when the input fails, but waits for 'drain'
// with a promise of its own that only 'drain' settles, so an output that fails leaves it waiting,
// with the input still open.
export * from '../solution/index.ts'
import type { Readable, Writable } from 'node:stream'
import { finished } from 'node:stream/promises'

export async function transform(
  input: Readable,
  output: Writable,
  fn: (chunk: string) => string,
): Promise<void> {
  try {
    for await (const chunk of input) {
      if (!output.write(fn(String(chunk)))) {
        await new Promise<void>((resolve) => output.once('drain', resolve))
      }
    }
  } catch (error) {
    output.destroy(error as Error)
    throw error
  }
  output.end()
  await finished(output)
}

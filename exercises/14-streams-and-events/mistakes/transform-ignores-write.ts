// Breaks 5.3: copies by hand and ignores what write() returns, so it reads the whole input into the
// output's buffer however slow the output is.
export * from '../solution/index.ts'
import type { Readable, Writable } from 'node:stream'
import { finished } from 'node:stream/promises'

export async function transform(
  input: Readable,
  output: Writable,
  fn: (chunk: string) => string,
): Promise<void> {
  // Errors go both ways: a failed output stops the input, and the loop below with it.
  output.once('error', (error) => input.destroy(error))
  try {
    for await (const chunk of input) output.write(fn(String(chunk)))
  } catch (error) {
    output.destroy(error as Error)
    throw error
  }
  output.end()
  await finished(output)
}

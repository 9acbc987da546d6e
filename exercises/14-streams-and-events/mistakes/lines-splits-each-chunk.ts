// Breaks 1.2: splits each chunk into lines as it arrives, so a line that spans two chunks comes
// out in pieces.
export * from '../solution/index.ts'
import type { Readable } from 'node:stream'

export async function* lines(input: Readable): AsyncGenerator<string, undefined> {
  try {
    for await (const chunk of input) {
      for (const line of String(chunk).split(/\r?\n/)) if (line !== '') yield line
    }
  } finally {
    input.destroy()
  }
  return undefined
}

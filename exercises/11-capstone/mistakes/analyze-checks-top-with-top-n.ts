// Mistake: checking `top` by calling topN() early. It throws the right RangeError, but its message
// is about `n`, an argument the caller of analyze() never passed; the message should name `top`.
import { analyze as countEverything, topN, type AnalyzeOptions } from '../solution/index.ts'
export * from '../solution/index.ts'

export async function analyze(
  chunks: AsyncIterable<string | Uint8Array>,
  options: AnalyzeOptions = {},
) {
  topN(new Map(), options.top ?? 3)
  return countEverything(chunks, options)
}

// Breaks 4.7: checks top by calling topN() early: the right RangeError, but its message is about n, an argument the caller of analyze() never passed
import { analyze as countEverything, topN, type AnalyzeOptions } from '../solution/index.ts'
export * from '../solution/index.ts'

export async function analyze(
  chunks: AsyncIterable<string | Uint8Array>,
  options: AnalyzeOptions = {},
) {
  topN(new Map(), options.top ?? 3)
  return countEverything(chunks, options)
}

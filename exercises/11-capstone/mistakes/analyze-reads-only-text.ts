// Breaks 4.10: types the chunks as AsyncIterable<string>, so analyze(createReadStream(path)) no longer type-checks
import { analyze as solved, type AnalyzeOptions, type Report } from '../solution/index.ts'
export * from '../solution/index.ts'

export function analyze(chunks: AsyncIterable<string>, options?: AnalyzeOptions): Promise<Report> {
  return solved(chunks, options)
}

// Breaks 4.7: leaves the check of top to topN, so the RangeError comes after the whole log is read, and names n
import { lines, parseLine, topN } from '../solution/index.ts'
import type { AnalyzeOptions, LogEntry, Report } from '../solution/index.ts'
export * from '../solution/index.ts'

export async function analyze(
  chunks: AsyncIterable<string | Uint8Array>,
  { top = 3, where = () => true }: AnalyzeOptions = {},
): Promise<Report> {
  let requests = 0
  let malformed = 0
  let errors = 0
  let slowest: LogEntry | undefined
  const paths = new Map<string, number>()
  for await (const line of lines(chunks)) {
    if (line.trim() === '') continue
    const entry = parseLine(line)
    if (!entry) {
      malformed++
      continue
    }
    if (!where(entry)) continue
    requests++
    if (entry.status >= 500 && entry.status <= 599) errors++
    if (slowest === undefined || entry.ms > slowest.ms) slowest = entry
    paths.set(entry.path, (paths.get(entry.path) ?? 0) + 1)
  }
  return { requests, malformed, errors, slowest, topPaths: topN(paths, top) }
}

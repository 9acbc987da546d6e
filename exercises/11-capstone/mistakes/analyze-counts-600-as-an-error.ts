// Breaks 4.4: status >= 500 counts 600 to 999 (three digits, so valid statuses) as errors too
import { lines, parseLine, topN } from '../solution/index.ts'
import type { AnalyzeOptions, LogEntry, Report } from '../solution/index.ts'
export * from '../solution/index.ts'

export async function analyze(
  chunks: AsyncIterable<string | Uint8Array>,
  { top = 3, where = () => true }: AnalyzeOptions = {},
): Promise<Report> {
  if (!Number.isInteger(top) || top < 0)
    throw new RangeError(`analyze() needs top to be a whole number >= 0, not ${top}`)
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
    if (entry.status >= 500) errors++
    if (slowest === undefined || entry.ms > slowest.ms) slowest = entry
    paths.set(entry.path, (paths.get(entry.path) ?? 0) + 1)
  }
  return { requests, malformed, errors, slowest, topPaths: topN(paths, top) }
}

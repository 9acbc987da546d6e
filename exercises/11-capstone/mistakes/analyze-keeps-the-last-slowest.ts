// Mistake: `>=` when comparing durations, so a later request that ties replaces the first one.
import { lines, parseLine, topN, type AnalyzeOptions, type Report } from '../solution/index.ts'
export * from '../solution/index.ts'

export async function analyze(
  chunks: AsyncIterable<string | Uint8Array>,
  { top = 3, where = () => true }: AnalyzeOptions = {},
): Promise<Report> {
  topN(new Map(), top)
  const report: Report = { requests: 0, malformed: 0, errors: 0, slowest: undefined, topPaths: [] }
  const hits = new Map<string, number>()
  for await (const line of lines(chunks)) {
    if (line.trim() === '') continue
    const entry = parseLine(line)
    if (entry === undefined) {
      report.malformed += 1
      continue
    }
    if (!where(entry)) continue
    report.requests += 1
    if (entry.status >= 500) report.errors += 1
    if (report.slowest === undefined || entry.ms >= report.slowest.ms) report.slowest = entry
    hits.set(entry.path, (hits.get(entry.path) ?? 0) + 1)
  }
  report.topPaths = topN(hits, top)
  return report
}

// Breaks 4.4: status > 500, which misses 500 itself, the most common server error
import {
  lines,
  parseLine,
  topN,
  type AnalyzeOptions,
  type LogEntry,
  type Report,
} from '../solution/index.ts'
export * from '../solution/index.ts'

export async function analyze(
  chunks: AsyncIterable<string | Uint8Array>,
  { top = 3, where = () => true }: AnalyzeOptions = {},
): Promise<Report> {
  if (!Number.isInteger(top) || top < 0)
    throw new RangeError(`top must be a whole number >= 0, not ${top}`)
  let requests = 0
  let malformed = 0
  let errors = 0
  let slowest: LogEntry | undefined
  const hits = new Map<string, number>()
  for await (const line of lines(chunks)) {
    if (/^[ \t]*$/.test(line)) continue
    const entry = parseLine(line)
    if (entry === undefined) {
      malformed += 1
      continue
    }
    if (!where(entry)) continue
    requests += 1
    if (entry.status > 500 && entry.status <= 599) errors += 1
    if (slowest === undefined || entry.ms > slowest.ms) slowest = entry
    hits.set(entry.path, (hits.get(entry.path) ?? 0) + 1)
  }
  return { requests, malformed, errors, slowest, topPaths: topN(hits, top) }
}

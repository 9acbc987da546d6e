// Breaks 4.8: collects the entries into an array first, "then I can filter and count with array methods"
import { lines, parseLine, topN } from '../solution/index.ts'
import type { AnalyzeOptions, LogEntry, Report } from '../solution/index.ts'
export * from '../solution/index.ts'

export async function analyze(
  chunks: AsyncIterable<string | Uint8Array>,
  { top = 3, where = () => true }: AnalyzeOptions = {},
): Promise<Report> {
  if (!Number.isInteger(top) || top < 0)
    throw new RangeError(`analyze() needs top to be a whole number >= 0, not ${top}`)
  const all: string[] = []
  for await (const line of lines(chunks)) all.push(line)
  const nonBlank = all.filter((line) => line.trim() !== '')
  const parsed = nonBlank.map(parseLine)
  const entries = parsed.filter((entry): entry is LogEntry => entry !== undefined).filter(where)
  const paths = new Map<string, number>()
  for (const entry of entries) paths.set(entry.path, (paths.get(entry.path) ?? 0) + 1)
  return {
    requests: entries.length,
    malformed: parsed.length - parsed.filter(Boolean).length,
    errors: entries.filter((entry) => entry.status >= 500 && entry.status <= 599).length,
    slowest: entries.reduce<LogEntry | undefined>(
      (max, entry) => (max === undefined || entry.ms > max.ms ? entry : max),
      undefined,
    ),
    topPaths: topN(paths, top),
  }
}

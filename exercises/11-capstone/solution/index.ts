/**
 * Exercise 11, model solution: a streaming log report. Each piece is lazy, so the whole report
 * holds one chunk, one line and the counts in memory, whatever the size of the log.
 */

/** One request from the access log: `<time> <method> <path> <status> <ms>`. */
export interface LogEntry {
  time: string
  method: string
  path: string
  status: number
  ms: number
}

export interface Report {
  /** Well-formed lines that passed the `where` filter. */
  requests: number
  /** Lines that are not blank but cannot be parsed. */
  malformed: number
  /** Counted requests with a 5xx status. */
  errors: number
  /** The counted request with the largest `ms` (the first one on a tie). */
  slowest: LogEntry | undefined
  /** The most requested paths, most first, ties in alphabetical order. */
  topPaths: Array<[path: string, count: number]>
}

export interface AnalyzeOptions {
  /** How many paths `topPaths` lists. Default: 3. */
  top?: number
  /** Counts only the entries for which it returns true. */
  where?: (entry: LogEntry) => boolean
}

/** Task 1. The lines of a text that arrives in chunks of any size, as text or as UTF-8 bytes. */
export async function* lines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncIterableIterator<string> {
  const decoder = new TextDecoder()
  let unfinished = ''
  for await (const chunk of chunks) {
    // stream: true keeps a character whose bytes straddle two chunks until its last byte arrives;
    // a text chunk first flushes what the bytes before it left incomplete.
    unfinished +=
      typeof chunk === 'string' ? decoder.decode() + chunk : decoder.decode(chunk, { stream: true })
    let start = 0
    for (let end = unfinished.indexOf('\n'); end !== -1; end = unfinished.indexOf('\n', start)) {
      // Only a \r that comes right before the \n belongs to the line ending.
      yield unfinished.slice(start, unfinished[end - 1] === '\r' ? end - 1 : end)
      start = end + 1
    }
    unfinished = unfinished.slice(start)
  }
  unfinished += decoder.decode()
  if (unfinished !== '') yield unfinished
}

/** Task 2. The entry a log line describes, or undefined for a blank or malformed line. */
export function parseLine(line: string): LogEntry | undefined {
  // Spaces and tabs only: any other character, a no-break space or a \r, is part of a field.
  const fields = line.replace(/^[ \t]+|[ \t]+$/g, '').split(/[ \t]+/)
  if (fields.length !== 5) return undefined
  const [time, method, path, status, ms] = fields as [string, string, string, string, string]
  // A status is three digits and a duration a whole number: Number() would also take '+200' or '1.5'.
  if (!/^\d{3}$/.test(status) || !/^\d+$/.test(ms)) return undefined
  return { time, method, path, status: Number(status), ms: Number(ms) }
}

/** Task 3. The `n` keys with the highest counts, most first, ties in alphabetical order. */
export function topN(counts: ReadonlyMap<string, number>, n: number): Array<[string, number]> {
  checkCount(n, 'n')
  return [...counts]
    .sort(([keyA, countA], [keyB, countB]) => countB - countA || (keyA < keyB ? -1 : 1))
    .slice(0, n)
}

/** Task 4. The report of a whole log, read in one pass, one line at a time. */
export async function analyze(
  chunks: AsyncIterable<string | Uint8Array>,
  { top = 3, where = () => true }: AnalyzeOptions = {},
): Promise<Report> {
  // Checked before the first read: a bad option should not cost a pass over a large file.
  checkCount(top, 'top')
  const report: Omit<Report, 'topPaths'> = {
    requests: 0,
    malformed: 0,
    errors: 0,
    slowest: undefined,
  }
  const hits = new Map<string, number>()
  for await (const line of lines(chunks)) {
    if (BLANK.test(line)) continue
    const entry = parseLine(line)
    if (entry === undefined) {
      report.malformed += 1
      continue
    }
    if (!where(entry)) continue
    report.requests += 1
    if (entry.status >= 500 && entry.status <= 599) report.errors += 1
    if (report.slowest === undefined || entry.ms > report.slowest.ms) report.slowest = entry
    hits.set(entry.path, (hits.get(entry.path) ?? 0) + 1)
  }
  return { ...report, topPaths: topN(hits, top) }
}

const BLANK = /^[ \t]*$/

function checkCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number >= 0, not ${value}`)
  }
}

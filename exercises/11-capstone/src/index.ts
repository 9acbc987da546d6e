/**
 * Exercise 11, the capstone: a streaming log report.
 *
 * A web server's access log can be bigger than your computer's memory. You read it the way a file
 * stream hands it to you, one chunk at a time, and build the report from small lazy pieces, so the
 * program holds one chunk, one line and the counts, whatever the size of the log.
 * Run `pnpm test` in this folder; README.md lists the tasks in the order the tests check them.
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

/**
 * Task 1. The lines of a text that arrives in chunks of any size, as text or as UTF-8 bytes
 * (`fs.createReadStream(path)` gives you Uint8Array chunks).
 *
 * `async function*` makes an async generator: it can `await` (or `for await`) and `yield`.
 * `new TextDecoder().decode(bytes, { stream: true })` turns bytes into text and keeps an
 * unfinished character for the next call.
 */
export function lines(chunks: AsyncIterable<string | Uint8Array>): AsyncIterableIterator<string> {
  // TODO: make this an async generator that keeps the unfinished end of each chunk.
  throw new Error('not implemented yet: lines() (README, task 1)')
}

/**
 * Task 2. The entry a log line describes, or `undefined` for a blank or malformed line.
 *
 * `LogEntry | undefined` is a union type: callers must check for undefined before using it.
 */
export function parseLine(line: string): LogEntry | undefined {
  // TODO: split on runs of whitespace and check every field before you trust it.
  throw new Error('not implemented yet: parseLine() (README, task 2)')
}

/**
 * Task 3. The `n` keys with the highest counts, most first, ties in alphabetical order.
 *
 * `ReadonlyMap` is a Map type without `set` or `delete`: it promises the caller you will not
 * change their map. `[...counts]` gives you its `[key, count]` entries as an array.
 */
export function topN(counts: ReadonlyMap<string, number>, n: number): Array<[string, number]> {
  // TODO: sort the entries by count, then by key, and keep the first n.
  throw new Error('not implemented yet: topN() (README, task 3)')
}

/**
 * Task 4. The report of a whole log, read in one pass, one line at a time.
 *
 * `{ top = 3, where = () => true }: AnalyzeOptions = {}` destructures the options object and
 * gives each option a default, and the object itself a default when the caller passes none.
 */
export async function analyze(
  chunks: AsyncIterable<string | Uint8Array>,
  { top = 3, where = () => true }: AnalyzeOptions = {},
): Promise<Report> {
  // TODO: for await over lines(chunks), parse, filter, count; then topN of the path counts.
  throw new Error('not implemented yet: analyze() (README, task 4)')
}

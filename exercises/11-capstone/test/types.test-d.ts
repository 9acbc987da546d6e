// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import { describe, expectTypeOf, it } from 'vitest'
import { analyze, lines, parseLine, topN, type LogEntry, type Report } from '../src/index.ts'

declare const fileStream: AsyncIterable<Uint8Array>
declare const textChunks: AsyncIterable<string>

describe('types', () => {
  it('lines accepts byte chunks and text chunks and yields strings', () => {
    expectTypeOf(lines(fileStream)).toEqualTypeOf<AsyncIterableIterator<string>>()
    expectTypeOf(lines(textChunks)).toEqualTypeOf<AsyncIterableIterator<string>>()
  })

  it('parseLine may return undefined', () => {
    expectTypeOf(parseLine('')).toEqualTypeOf<LogEntry | undefined>()
  })

  it('topN returns [key, count] pairs', () => {
    expectTypeOf(topN(new Map<string, number>(), 3)).toEqualTypeOf<Array<[string, number]>>()
  })

  it('analyze resolves to a Report, and its where callback gets a LogEntry', () => {
    expectTypeOf(analyze(fileStream)).toEqualTypeOf<Promise<Report>>()
    expectTypeOf(analyze)
      .parameter(1)
      .toEqualTypeOf<{ top?: number; where?: (entry: LogEntry) => boolean } | undefined>()
  })
})

// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import { describe, expectTypeOf, it } from 'vitest'
import { analyze, lines, type LogEntry, type Report } from '../src/index.ts'

declare const fileStream: AsyncIterable<Uint8Array>
declare const textChunks: AsyncIterable<string>
declare const mixedChunks: AsyncIterable<string | Uint8Array>

describe('1. lines', () => {
  it('1.12 accepts byte chunks, text chunks or both, and yields strings', () => {
    expectTypeOf(lines(fileStream)).toEqualTypeOf<AsyncIterableIterator<string>>()
    expectTypeOf(lines(textChunks)).toEqualTypeOf<AsyncIterableIterator<string>>()
    expectTypeOf(lines(mixedChunks)).toEqualTypeOf<AsyncIterableIterator<string>>()
  })
})

describe('4. analyze', () => {
  it('4.10 resolves to a Report, for a file stream too, and its where gets a LogEntry', () => {
    expectTypeOf(analyze(fileStream)).toEqualTypeOf<Promise<Report>>()
    expectTypeOf(analyze(textChunks)).toEqualTypeOf<Promise<Report>>()
    expectTypeOf(analyze)
      .parameter(1)
      .toEqualTypeOf<{ top?: number; where?: (entry: LogEntry) => boolean } | undefined>()
  })
})

// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import type { Readable } from 'node:stream'
import { describe, expectTypeOf, it } from 'vitest'
import { lines, messages, take, toStream } from '../src/index.ts'

describe('1. lines', () => {
  it('1.1 is an async generator of strings', () => {
    expectTypeOf(lines).returns.toEqualTypeOf<AsyncGenerator<string, undefined>>()
  })
})

describe('2. toStream', () => {
  it('2.1 returns a Readable, from a sync or an async iterable', () => {
    expectTypeOf(toStream([1], 1)).toEqualTypeOf<Readable>()
    expectTypeOf(toStream<number>)
      .parameter(0)
      .toEqualTypeOf<Iterable<number> | AsyncIterable<number>>()
  })
})

describe('3. messages', () => {
  it('3.1 is an async generator of unknown messages: an emitter says nothing of its types', () => {
    expectTypeOf(messages).returns.toEqualTypeOf<AsyncGenerator<unknown, undefined>>()
  })
})

describe('4. take', () => {
  it('4.1 resolves to an array of the stream’s chunk type', () => {
    expectTypeOf(take(new ReadableStream<Uint8Array>(), 1)).toEqualTypeOf<Promise<Uint8Array[]>>()
  })
})

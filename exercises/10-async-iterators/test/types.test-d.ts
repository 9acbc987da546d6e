// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import { describe, expectTypeOf, it } from 'vitest'
import { asyncFrom, mapConcurrent } from '../src/index.ts'

describe('1. asyncFrom', () => {
  it('1.7 unwraps the promises in the element type', () => {
    expectTypeOf(asyncFrom([1, Promise.resolve(2)])).toEqualTypeOf<AsyncIterable<number>>()
  })
})

describe('4. mapConcurrent', () => {
  it('4.16 yields what fn gives, whether fn returns a value or a promise of one', () => {
    expectTypeOf(mapConcurrent([1], async (n) => String(n), 2)).toEqualTypeOf<
      AsyncIterableIterator<string>
    >()
    expectTypeOf(mapConcurrent(asyncFrom([1]), (n) => n > 0, 2)).toEqualTypeOf<
      AsyncIterableIterator<boolean>
    >()
  })
})

// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import { describe, expectTypeOf, it } from 'vitest'
import { isIterable, isIterator, iter, next } from '../src/index.ts'

describe('types', () => {
  it('iter keeps the element type', () => {
    expectTypeOf(iter(['a', 'b'])).toEqualTypeOf<Iterator<string>>()
    expectTypeOf(iter(new Map<string, number>())).toEqualTypeOf<Iterator<[string, number]>>()
  })

  it('next returns the element type, or the fallback type when one is passed', () => {
    const numbers = iter([1, 2])
    expectTypeOf(next(numbers)).toEqualTypeOf<number>()
    expectTypeOf(next(numbers, 'none')).toEqualTypeOf<number | string>()
    expectTypeOf(next(numbers, undefined)).toEqualTypeOf<number | undefined>()
  })

  it('isIterable and isIterator are type guards', () => {
    expectTypeOf(isIterable).guards.toEqualTypeOf<Iterable<unknown>>()
    expectTypeOf(isIterator).guards.toEqualTypeOf<Iterator<unknown>>()
  })
})

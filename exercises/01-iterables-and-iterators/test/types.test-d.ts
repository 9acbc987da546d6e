// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import { describe, expectTypeOf, it } from 'vitest'
import { isIterable, isIterator, iter, next } from '../src/index.ts'

describe('1. iter', () => {
  it('1.7 keeps the element type', () => {
    expectTypeOf(iter(['a', 'b'])).toEqualTypeOf<Iterator<string>>()
    expectTypeOf(iter(new Map<string, number>())).toEqualTypeOf<Iterator<[string, number]>>()
  })
})

describe('2. next', () => {
  it('2.8 returns the element type, or the fallback type when one is passed', () => {
    const numbers: Iterator<number> = [1, 2].values()
    expectTypeOf(next(numbers)).toEqualTypeOf<number>()
    expectTypeOf(next(numbers, 'none')).toEqualTypeOf<number | string>()
    expectTypeOf(next(numbers, undefined)).toEqualTypeOf<number | undefined>()
  })
})

describe('3. isIterable', () => {
  it('3.4 is a type guard', () => {
    expectTypeOf(isIterable).guards.toEqualTypeOf<Iterable<unknown>>()
  })
})

describe('4. isIterator', () => {
  it('4.4 is a type guard', () => {
    expectTypeOf(isIterator).guards.toEqualTypeOf<Iterator<unknown>>()
  })
})

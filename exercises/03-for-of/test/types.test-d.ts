// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import { describe, expectTypeOf, it } from 'vitest'
import { count, find, first, max, sum, zip } from '../src/index.ts'

describe('1. sum', () => {
  it('1.1 takes any iterable of numbers', () => {
    expectTypeOf(sum).toEqualTypeOf<(values: Iterable<number>) => number>()
    expectTypeOf(sum(new Set([1, 2]))).toEqualTypeOf<number>()
    // @ts-expect-error strings are iterable, but they yield strings, not numbers
    sum('123')
  })
})

describe('2. count', () => {
  it('2.1 takes an iterable of anything', () => {
    expectTypeOf(count).parameter(0).toEqualTypeOf<Iterable<unknown>>()
    expectTypeOf(count(new Map([['a', 1]]))).toEqualTypeOf<number>()
  })
})

describe('3. max', () => {
  it('3.1 takes any iterable of numbers', () => {
    expectTypeOf(max).toEqualTypeOf<(values: Iterable<number>) => number>()
  })
})

describe('4. first', () => {
  it('4.1 keeps the element type, or undefined when there is none', () => {
    expectTypeOf(first(['a', 'b'])).toEqualTypeOf<string | undefined>()
    expectTypeOf(first(new Map([['a', 1]]))).toEqualTypeOf<[string, number] | undefined>()
  })
})

describe('5. find', () => {
  it('5.1 keeps the element type, and types the predicate (value, index) => boolean', () => {
    expectTypeOf(find([1, 2], (value, index) => value > index)).toEqualTypeOf<number | undefined>()
    expectTypeOf(find<string>)
      .parameter(1)
      .toEqualTypeOf<(value: string, index: number) => boolean>()
  })
})

describe('6. zip', () => {
  it('6.1 gives an array of typed pairs', () => {
    expectTypeOf(zip([1, 2], ['a', 'b'])).toEqualTypeOf<Array<[number, string]>>()
    expectTypeOf(zip('ab', new Set([true]))).toEqualTypeOf<Array<[string, boolean]>>()
  })
})

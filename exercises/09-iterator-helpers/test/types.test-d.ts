// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import { describe, expectTypeOf, it } from 'vitest'
import { drop, filter, find, flatMap, from, map, reduce, take } from '../src/index.ts'

declare const numbers: Iterator<number>
declare const mixed: Iterator<string | number>

describe('3. reduce', () => {
  it('3.6 returns the element type without an initial value, its type with one', () => {
    expectTypeOf(reduce(numbers, (sum, n) => sum + n)).toEqualTypeOf<number>()
    expectTypeOf(reduce(numbers, (text: string, n) => text + n, '')).toEqualTypeOf<string>()
  })
})

describe('4. map and filter', () => {
  it('4.9 the lazy helpers return iterable iterators of the right element type', () => {
    expectTypeOf(map(numbers, (n) => String(n))).toEqualTypeOf<IterableIterator<string>>()
    expectTypeOf(take(numbers, 2)).toEqualTypeOf<IterableIterator<number>>()
    expectTypeOf(drop(numbers, 2)).toEqualTypeOf<IterableIterator<number>>()
    expectTypeOf(flatMap(numbers, (n) => [n, String(n)])).toEqualTypeOf<
      IterableIterator<string | number>
    >()
    map(numbers, (value, counter) => {
      expectTypeOf(value).toEqualTypeOf<number>()
      expectTypeOf(counter).toEqualTypeOf<number>()
    })
  })

  it('4.9 filter and find narrow with a type guard', () => {
    const isString = (value: string | number): value is string => typeof value === 'string'
    expectTypeOf(filter(mixed, isString)).toEqualTypeOf<IterableIterator<string>>()
    expectTypeOf(filter(mixed, (value) => value !== 0)).toEqualTypeOf<
      IterableIterator<string | number>
    >()
    expectTypeOf(find(mixed, isString)).toEqualTypeOf<string | undefined>()
  })
})

describe('7. from', () => {
  it('7.9 accepts iterables, iterators and strings', () => {
    expectTypeOf(from([1, 2])).toEqualTypeOf<IterableIterator<number>>()
    expectTypeOf(from(numbers)).toEqualTypeOf<IterableIterator<number>>()
    expectTypeOf(from('abc')).toEqualTypeOf<IterableIterator<string>>()
  })
})

// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import { describe, expectTypeOf, it } from 'vitest'
import {
  drop,
  every,
  filter,
  find,
  flatMap,
  forEach,
  from,
  map,
  reduce,
  some,
  take,
  toArray,
} from '../src/index.ts'

declare const numbers: Iterator<number>
declare const mixed: Iterator<string | number>

describe('types', () => {
  it('the lazy helpers return iterable iterators of the right element type', () => {
    expectTypeOf(map(numbers, (n) => String(n))).toEqualTypeOf<IterableIterator<string>>()
    expectTypeOf(take(numbers, 2)).toEqualTypeOf<IterableIterator<number>>()
    expectTypeOf(drop(numbers, 2)).toEqualTypeOf<IterableIterator<number>>()
    expectTypeOf(flatMap(numbers, (n) => [n, String(n)])).toEqualTypeOf<
      IterableIterator<string | number>
    >()
  })

  it('callbacks receive the value and a numeric counter', () => {
    map(numbers, (value, counter) => {
      expectTypeOf(value).toEqualTypeOf<number>()
      expectTypeOf(counter).toEqualTypeOf<number>()
    })
  })

  it('filter and find narrow with a type guard', () => {
    const isString = (value: string | number): value is string => typeof value === 'string'
    expectTypeOf(filter(mixed, isString)).toEqualTypeOf<IterableIterator<string>>()
    expectTypeOf(filter(mixed, (value) => value !== 0)).toEqualTypeOf<
      IterableIterator<string | number>
    >()
    expectTypeOf(find(mixed, isString)).toEqualTypeOf<string | undefined>()
  })

  it('reduce returns the element type without an initial value, its type with one', () => {
    expectTypeOf(reduce(numbers, (sum, n) => sum + n)).toEqualTypeOf<number>()
    expectTypeOf(reduce(numbers, (text: string, n) => text + n, '')).toEqualTypeOf<string>()
  })

  it('the eager helpers return plain values', () => {
    expectTypeOf(toArray(numbers)).toEqualTypeOf<number[]>()
    expectTypeOf(forEach).returns.toBeVoid()
    expectTypeOf(some(numbers, (n) => n > 1)).toEqualTypeOf<boolean>()
    expectTypeOf(every(numbers, (n) => n > 1)).toEqualTypeOf<boolean>()
  })

  it('from accepts iterables and iterators', () => {
    expectTypeOf(from([1, 2])).toEqualTypeOf<IterableIterator<number>>()
    expectTypeOf(from(numbers)).toEqualTypeOf<IterableIterator<number>>()
    expectTypeOf(from('abc')).toEqualTypeOf<IterableIterator<string>>()
  })
})

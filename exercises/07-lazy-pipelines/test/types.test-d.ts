// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import { describe, expectTypeOf, it } from 'vitest'
import {
  accumulate,
  chain,
  chunk,
  cycle,
  drop,
  dropWhile,
  enumerate,
  filter,
  groupBy,
  map,
  pairwise,
  take,
  takeWhile,
  zip,
} from '../src/index.ts'

const nums = [1, 2, 3]
const strs = ['a', 'b']

describe('types', () => {
  it('zip yields typed tuples', () => {
    expectTypeOf(zip(nums, strs)).toEqualTypeOf<IterableIterator<[number, string]>>()
    expectTypeOf(zip(nums, strs, [true])).toEqualTypeOf<
      IterableIterator<[number, string, boolean]>
    >()
  })

  it('map yields what the function returns', () => {
    expectTypeOf(map(nums, String)).toEqualTypeOf<IterableIterator<string>>()
    expectTypeOf(map(strs, (value, index) => [index, value] as const)).toEqualTypeOf<
      IterableIterator<readonly [number, string]>
    >()
  })

  it('filter with a type guard narrows the values', () => {
    const mixed: (number | string)[] = [1, 'a']
    expectTypeOf(filter(mixed, (value) => value !== 0)).toEqualTypeOf<
      IterableIterator<number | string>
    >()
    expectTypeOf(
      filter(mixed, (value): value is number => typeof value === 'number'),
    ).toEqualTypeOf<IterableIterator<number>>()
  })

  it('the slicing functions keep the element type', () => {
    expectTypeOf(take(strs, 1)).toEqualTypeOf<IterableIterator<string>>()
    expectTypeOf(drop(strs, 1)).toEqualTypeOf<IterableIterator<string>>()
    expectTypeOf(takeWhile(strs, Boolean)).toEqualTypeOf<IterableIterator<string>>()
    expectTypeOf(dropWhile(strs, Boolean)).toEqualTypeOf<IterableIterator<string>>()
    expectTypeOf(chain(nums, new Set([4]))).toEqualTypeOf<IterableIterator<number>>()
    expectTypeOf(cycle(strs)).toEqualTypeOf<IterableIterator<string>>()
  })

  it('the reshaping functions yield arrays and tuples', () => {
    expectTypeOf(enumerate(strs)).toEqualTypeOf<IterableIterator<[number, string]>>()
    expectTypeOf(chunk(nums, 2)).toEqualTypeOf<IterableIterator<number[]>>()
    expectTypeOf(pairwise(strs)).toEqualTypeOf<IterableIterator<[string, string]>>()
    expectTypeOf(groupBy(nums, (value) => value % 2 === 0)).toEqualTypeOf<
      IterableIterator<[boolean, number[]]>
    >()
  })

  it('accumulate yields the type of the total', () => {
    expectTypeOf(accumulate(nums, (total, value) => total + value)).toEqualTypeOf<
      IterableIterator<number>
    >()
    expectTypeOf(accumulate(strs, (total, value) => total + value.length, 0)).toEqualTypeOf<
      IterableIterator<number>
    >()
  })

  it('every function needs an iterable first', () => {
    // @ts-expect-error: a number is not iterable
    take(42, 1)
    // @ts-expect-error: the iterable comes first, the count second
    take(1, nums)
  })
})

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

describe('1. map', () => {
  it('1.1 map yields what the function returns', () => {
    expectTypeOf(map(nums, String)).toEqualTypeOf<IterableIterator<string>>()
    expectTypeOf(map(strs, (value, index) => [index, value] as const)).toEqualTypeOf<
      IterableIterator<readonly [number, string]>
    >()
  })

  it('1.1 the iterable comes first', () => {
    // @ts-expect-error: a number is not iterable
    map(42, String)
    // @ts-expect-error: the iterable comes first, the function second
    map(String, nums)
  })
})

describe('2. filter', () => {
  it('2.1 filter keeps the type, and a type guard narrows it', () => {
    const mixed: (number | string)[] = [1, 'a']
    expectTypeOf(filter(mixed, (value) => value !== 0)).toEqualTypeOf<
      IterableIterator<number | string>
    >()
    expectTypeOf(
      filter(mixed, (value): value is number => typeof value === 'number'),
    ).toEqualTypeOf<IterableIterator<number>>()
  })
})

describe('3. take', () => {
  it('3.1 take keeps the element type, and needs the iterable first', () => {
    expectTypeOf(take(strs, 1)).toEqualTypeOf<IterableIterator<string>>()
    // @ts-expect-error: a number is not iterable
    take(42, 1)
    // @ts-expect-error: the iterable comes first, the count second
    take(1, nums)
  })
})

describe('4. drop', () => {
  it('4.1 drop keeps the element type', () => {
    expectTypeOf(drop(strs, 1)).toEqualTypeOf<IterableIterator<string>>()
  })
})

describe('5. takeWhile', () => {
  it('5.1 takeWhile keeps the element type', () => {
    expectTypeOf(takeWhile(strs, Boolean)).toEqualTypeOf<IterableIterator<string>>()
  })
})

describe('6. dropWhile', () => {
  it('6.1 dropWhile keeps the element type', () => {
    expectTypeOf(dropWhile(strs, Boolean)).toEqualTypeOf<IterableIterator<string>>()
  })
})

describe('7. chain', () => {
  it('7.1 chain yields the type of its iterables', () => {
    expectTypeOf(chain(nums, new Set([4]))).toEqualTypeOf<IterableIterator<number>>()
  })
})

describe('8. zip', () => {
  it('8.1 zip yields typed tuples', () => {
    expectTypeOf(zip(nums, strs)).toEqualTypeOf<IterableIterator<[number, string]>>()
    expectTypeOf(zip(nums, strs, [true])).toEqualTypeOf<
      IterableIterator<[number, string, boolean]>
    >()
  })
})

describe('9. enumerate', () => {
  it('9.1 enumerate yields [number, value] tuples', () => {
    expectTypeOf(enumerate(strs)).toEqualTypeOf<IterableIterator<[number, string]>>()
  })
})

describe('10. chunk', () => {
  it('10.1 chunk yields arrays of the values', () => {
    expectTypeOf(chunk(nums, 2)).toEqualTypeOf<IterableIterator<number[]>>()
  })
})

describe('11. pairwise', () => {
  it('11.1 pairwise yields pairs of the values', () => {
    expectTypeOf(pairwise(strs)).toEqualTypeOf<IterableIterator<[string, string]>>()
  })
})

describe('12. cycle', () => {
  it('12.1 cycle keeps the element type', () => {
    expectTypeOf(cycle(strs)).toEqualTypeOf<IterableIterator<string>>()
  })
})

describe('13. accumulate', () => {
  it('13.1 accumulate yields the type of the total', () => {
    expectTypeOf(accumulate(nums, (total, value) => total + value)).toEqualTypeOf<
      IterableIterator<number>
    >()
    expectTypeOf(accumulate(strs, (total, value) => total + value.length, 0)).toEqualTypeOf<
      IterableIterator<number>
    >()
  })
})

describe('14. groupBy', () => {
  it('14.1 groupBy yields [key, values] tuples', () => {
    expectTypeOf(groupBy(nums, (value) => value % 2 === 0)).toEqualTypeOf<
      IterableIterator<[boolean, number[]]>
    >()
  })
})

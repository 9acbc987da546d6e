// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import { describe, expectTypeOf, it } from 'vitest'
import { MyNumbers, take, withCleanup } from '../src/index.ts'

describe('1. MyNumbers', () => {
  it('1.1 MyNumbers takes an optional limit and is an iterable iterator of numbers', () => {
    expectTypeOf(MyNumbers).constructorParameters.toEqualTypeOf<[limit?: number]>()
    expectTypeOf<MyNumbers>().toExtend<IterableIterator<number>>()
  })

  it('1.3 next() ends with a done result whose value is undefined', () => {
    expectTypeOf(new MyNumbers().next()).toEqualTypeOf<IteratorResult<number, undefined>>()
  })

  it('1.6 [Symbol.iterator]() returns the MyNumbers itself', () => {
    expectTypeOf(new MyNumbers()[Symbol.iterator]()).toEqualTypeOf<MyNumbers>()
  })
})

describe('2. take', () => {
  it('2.1 take keeps the element type and returns an array', () => {
    expectTypeOf(take(['a', 'b'], 1)).toEqualTypeOf<string[]>()
    expectTypeOf(take(new Map<string, number>(), 1)).toEqualTypeOf<[string, number][]>()
  })
})

describe('3. withCleanup', () => {
  it('3.2 withCleanup keeps the element type and returns an iterable iterator', () => {
    expectTypeOf(withCleanup(new Set([1]), () => {})).toEqualTypeOf<IterableIterator<number>>()
    expectTypeOf(withCleanup<string>)
      .parameter(1)
      .toEqualTypeOf<() => void>()
  })
})

// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import { describe, expectTypeOf, it } from 'vitest'
import { MyNumbers, take, withCleanup } from '../src/index.ts'

describe('types', () => {
  it('MyNumbers takes an optional limit and ends with a done result whose value is undefined', () => {
    expectTypeOf(MyNumbers).constructorParameters.toEqualTypeOf<[limit?: number]>()
    expectTypeOf<MyNumbers>().toExtend<IterableIterator<number>>()
    expectTypeOf(new MyNumbers()[Symbol.iterator]()).toEqualTypeOf<MyNumbers>()
    expectTypeOf(new MyNumbers().next()).toEqualTypeOf<IteratorResult<number, undefined>>()
  })

  it('take keeps the element type and returns an array', () => {
    expectTypeOf(take(['a', 'b'], 1)).toEqualTypeOf<string[]>()
    expectTypeOf(take(new Map<string, number>(), 1)).toEqualTypeOf<[string, number][]>()
  })

  it('withCleanup keeps the element type and returns an iterable iterator', () => {
    expectTypeOf(withCleanup(new Set([1]), () => {})).toEqualTypeOf<IterableIterator<number>>()
    expectTypeOf(withCleanup<string>)
      .parameter(1)
      .toEqualTypeOf<() => void>()
  })
})

// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import { describe, expectTypeOf, it } from 'vitest'
import { LinkedList, MyNumbers, Range } from '../src/index.ts'

describe('types', () => {
  it('MyNumbers is its own iterator, and its results are never done', () => {
    expectTypeOf<MyNumbers>().toExtend<IterableIterator<number>>()
    expectTypeOf(new MyNumbers()[Symbol.iterator]()).toEqualTypeOf<MyNumbers>()
    expectTypeOf(new MyNumbers().next()).toEqualTypeOf<IteratorYieldResult<number>>()
  })

  it('Range is an iterable of numbers, built from a stop or from start, stop and step', () => {
    expectTypeOf<Range>().toExtend<Iterable<number>>()
    expectTypeOf(new Range(5)[Symbol.iterator]()).toEqualTypeOf<Iterator<number>>()
    expectTypeOf(new Range(0, 10, 2).length).toEqualTypeOf<number>()
    expectTypeOf(Range).constructorParameters.toEqualTypeOf<
      [startOrStop: number, stop?: number, step?: number]
    >()
  })

  it('LinkedList keeps its element type', () => {
    const list = new LinkedList<string>()
    expectTypeOf(list).toExtend<Iterable<string>>()
    expectTypeOf(list.push).parameters.toEqualTypeOf<[value: string]>()
    expectTypeOf([...list]).toEqualTypeOf<string[]>()
    // @ts-expect-error a LinkedList<string> holds strings only
    list.push(1)
  })
})

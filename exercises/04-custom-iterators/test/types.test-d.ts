// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import { describe, expectTypeOf, it } from 'vitest'
import { LinkedList, MyNumbers, Range } from '../src/index.ts'

describe('1. MyNumbers', () => {
  it('1.2 types its results as never done', () => {
    expectTypeOf(new MyNumbers().next()).toEqualTypeOf<IteratorYieldResult<number>>()
  })

  it('1.4 is its own iterator: [Symbol.iterator]() returns this', () => {
    expectTypeOf<MyNumbers>().toExtend<IterableIterator<number>>()
    expectTypeOf(new MyNumbers()[Symbol.iterator]()).toEqualTypeOf<MyNumbers>()
  })
})

describe('2. Range', () => {
  it('2.1 is built from a stop, or from start, stop and step', () => {
    expectTypeOf(Range).constructorParameters.toEqualTypeOf<
      [startOrStop: number, stop?: number, step?: number]
    >()
  })

  it('2.8 is an iterable of numbers whose iterators are iterable too', () => {
    expectTypeOf<Range>().toExtend<Iterable<number>>()
    expectTypeOf(new Range(5)[Symbol.iterator]()).toExtend<IterableIterator<number>>()
  })
})

describe('3. Range length', () => {
  it('3.1 is a number', () => {
    expectTypeOf(new Range(0, 10, 2).length).toEqualTypeOf<number>()
  })
})

describe('4. LinkedList', () => {
  it('4.1 keeps its element type', () => {
    const list = new LinkedList<string>()
    expectTypeOf(list).toExtend<Iterable<string>>()
    expectTypeOf(list.push).parameters.toEqualTypeOf<[value: string]>()
    expectTypeOf([...list]).toEqualTypeOf<string[]>()
    // @ts-expect-error a LinkedList<string> holds strings only
    list.push(1)
  })

  it('4.5 hands out iterators that are iterable too', () => {
    expectTypeOf(new LinkedList<string>()[Symbol.iterator]()).toExtend<IterableIterator<string>>()
  })
})

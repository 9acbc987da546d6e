import { collect, infiniteSource, spySource } from '@iterlings/testing'
import { describe, expect, it } from 'vitest'
import { isIterable, isIterator, iter, next, StopIteration } from '../src/index.ts'

const fruits = ['apple', 'banana', 'cherry'] as const

describe('1. iter', () => {
  it('returns an iterator over an array, in order', () => {
    expect(collect(iter(fruits))).toEqual(['apple', 'banana', 'cherry'])
  })

  it('returns an object with a next() method, not the array itself', () => {
    const iterator = iter(['a'])
    expect(
      Array.isArray(iterator),
      'iter() returned the array itself: return what its [Symbol.iterator]() gives',
    ).toBe(false)
    expect(typeof iterator.next, 'the value iter() returned has no next() method').toBe('function')
  })

  it('opens the iterable once and pulls nothing', () => {
    const source = spySource([1, 2, 3])
    iter(source)
    expect(source.opens, 'iter() should call [Symbol.iterator]() exactly once').toBe(1)
    expect(source).toHavePulled(0)
  })

  it('works on an infinite iterable, because it pulls nothing', () => {
    const iterator = iter(infiniteSource())
    expect([iterator.next().value, iterator.next().value]).toEqual([0, 1])
  })

  it('gives a fresh iterator each time for an array', () => {
    const first = iter(fruits)
    first.next()
    expect(
      iter(fruits).next().value,
      'a second iter() on an array must start again at the beginning',
    ).toBe('apple')
  })

  it('iterates a string by character', () => {
    expect(collect(iter('hey'))).toEqual(['h', 'e', 'y'])
  })

  it('iterates a Map as [key, value] entries', () => {
    const ages = new Map([
      ['ada', 36],
      ['alan', 41],
    ])
    expect(collect(iter(ages))).toEqual([
      ['ada', 36],
      ['alan', 41],
    ])
  })

  it('iterates a Set in insertion order', () => {
    expect(collect(iter(new Set(['x', 'y', 'x', 'z'])))).toEqual(['x', 'y', 'z'])
  })

  it('iterates a generator object', () => {
    function* countdown() {
      yield 3
      yield 2
      yield 1
    }
    expect(collect(iter(countdown()))).toEqual([3, 2, 1])
  })

  it.each([
    ['the number 42', 42],
    ['null', null],
    ['undefined', undefined],
    ['a plain object', {}],
  ])('throws a TypeError that says "not iterable" for %s', (_, value) => {
    const call = () => iter(value as unknown as Iterable<unknown>)
    expect(call, 'iter() must refuse a value that is not iterable').toThrow(TypeError)
    expect(call, 'the TypeError should say the value is "not iterable"').toThrow(/not iterable/)
  })
})

describe('2. next', () => {
  it('returns the values of the seed tuple one by one', () => {
    const iterator = iter(fruits)
    expect([next(iterator), next(iterator), next(iterator)]).toEqual(['apple', 'banana', 'cherry'])
  })

  it('throws StopIteration when the iterator is done and no fallback was passed', () => {
    const iterator = iter(['only'])
    next(iterator)
    expect(
      () => next(iterator),
      'an exhausted iterator with no fallback must throw StopIteration, like Python',
    ).toThrow(StopIteration)
    expect(
      () => next(iterator),
      'throw the StopIteration the starter gives you, unchanged',
    ).toThrow(
      expect.objectContaining({
        name: 'StopIteration',
        message: 'the iterator has no more values',
      }),
    )
  })

  it('returns the fallback when the iterator is done', () => {
    const iterator = iter<string>([])
    expect(next(iterator, 'default')).toBe('default')
  })

  it('returns an explicit undefined fallback instead of throwing', () => {
    const iterator = iter<string>([])
    let result: unknown = 'not called'
    expect(() => {
      result = next(iterator, undefined)
    }, 'next(it, undefined) passes a fallback: count the arguments (fallback.length), do not compare with undefined').not.toThrow()
    expect(result).toBeUndefined()
  })

  it('returns a value of undefined as a value, not as the end', () => {
    const iterator = iter([undefined, 'after'])
    expect(
      next(iterator, 'fallback'),
      'look at `done`, not at `value`: undefined can be a real value',
    ).toBeUndefined()
    expect(next(iterator)).toBe('after')
  })

  it('returns falsy values such as 0, null and "" unchanged', () => {
    const iterator = iter([0, null, ''])
    const values = [
      next(iterator, 'fallback'),
      next(iterator, 'fallback'),
      next(iterator, 'fallback'),
    ]
    expect(
      values,
      'the fallback is only for a done iterator; `??` or `||` replace real values too',
    ).toEqual([0, null, ''])
  })

  it('pulls exactly one value per call', () => {
    const source = spySource(['a', 'b', 'c'])
    const iterator = iter(source)
    next(iterator)
    expect(source).toHavePulled(1)
  })
})

describe('3. isIterable', () => {
  function* generator() {
    yield 1
  }
  it.each([
    ['a string primitive', 'text'],
    ['an empty string', ''],
    ['an array', [1, 2]],
    ['a Map', new Map()],
    ['a Set', new Set()],
    ['a typed array', new Uint8Array(2)],
    ['a generator object', generator()],
    [
      'an object with a [Symbol.iterator] method',
      { [Symbol.iterator]: () => [][Symbol.iterator]() },
    ],
  ])('is true for %s', (_, value) => {
    expect(
      isIterable(value),
      'anything whose [Symbol.iterator] is a function is iterable, strings included',
    ).toBe(true)
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a plain object', { a: 1 }],
    ['an object whose [Symbol.iterator] is not a function', { [Symbol.iterator]: 42 }],
  ])('is false for %s', (_, value) => {
    expect(
      isIterable(value),
      'only a [Symbol.iterator] that is a function makes a value iterable',
    ).toBe(false)
  })
})

describe('4. isIterator', () => {
  it.each([
    ['an array iterator', [1][Symbol.iterator]()],
    ['a generator object', (function* () {})()],
    ['a hand-written object with next()', { next: () => ({ done: true, value: undefined }) }],
  ])('is true for %s', (_, value) => {
    expect(isIterator(value)).toBe(true)
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an array (iterable, but not an iterator)', [1, 2]],
    ['a string', 'next'],
    ['an object whose next is not a function', { next: 1 }],
  ])('is false for %s', (_, value) => {
    expect(isIterator(value), 'an iterator is a non-null object whose next is a function').toBe(
      false,
    )
  })
})

describe('5. the seed example', () => {
  it('prints apple, banana, cherry through iter() and next(), then stops', () => {
    const mytuple = ['apple', 'banana', 'cherry'] as const
    const myit = iter(mytuple)
    const printed = [next(myit), next(myit), next(myit)]
    expect(printed).toEqual(['apple', 'banana', 'cherry'])
    expect(() => next(myit)).toThrow(StopIteration)
  })
})

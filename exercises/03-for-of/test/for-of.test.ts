import { infiniteSource, spySource } from '@iterlings/testing'
import { describe, expect, it } from 'vitest'
import { count, find, first, max, sum, zip } from '../src/index.ts'

/** A real generator object: one-shot, like the iterators most libraries hand you. */
function* generate<T>(...values: T[]): Generator<T> {
  yield* values
}

const anyIterable =
  'walk the values with a single for...of loop: a Set or a generator has no indexes (and for...in, which walks keys, finds none), and a generator can be read only once'
const noReturn =
  'return() is optional on an iterator (array iterators have none): call it only if it is there (iterator.return?.()), or let for...of do it'
const oneShot =
  'a generator (or any iterator) can be read only once: walk it in a single for...of loop, and do not read it first to check or count'

describe('1. sum', () => {
  it('adds up an array', () => {
    expect(sum([1, 2, 3, 4])).toBe(10)
  })

  it('gives 0 for an empty iterable', () => {
    expect(
      sum([]),
      'an empty iterable sums to 0: start the total at 0 (reduce() with no initial value throws here)',
    ).toBe(0)
  })

  it('adds up a Set and a generator, which have no indexes', () => {
    expect([sum(new Set([1, 2, 3])), sum(generate(4, 5, 6))], anyIterable).toEqual([6, 15])
  })

  it('reads a one-shot source once, pulling each value once', () => {
    const source = spySource([1, 2, 3], { oneShot: true })
    expect(sum(source), oneShot).toBe(6)
    expect(source).toHavePulled(4) // three values, then the pull that says done
  })

  it('does not close a source it read to the end', () => {
    const source = spySource([1, 2])
    sum(source)
    expect(source).not.toBeClosed()
  })
})

describe('2. count', () => {
  it('counts the values of an array, a Set and a generator', () => {
    expect([count(['a', 'b']), count(new Set([1, 2, 3])), count(generate(7))], anyIterable).toEqual(
      [2, 3, 1],
    )
  })

  it('counts a string by code point, as for...of walks it', () => {
    expect(
      count('a\u{1F600}'),
      '.length counts UTF-16 code units, and 😀 takes two: count the turns of a for...of loop',
    ).toBe(2)
  })

  it('gives 0 for an empty iterable', () => {
    expect(count([])).toBe(0)
  })

  it('counts values, not the final { done: true }', () => {
    const source = spySource(['x', 'y', 'z'])
    expect(
      count(source),
      'the last result, { done: true, value: undefined }, is the stop signal, not a value: do not count it',
    ).toBe(3)
    expect(source).toHavePulled(4)
  })

  it('reads a one-shot source once', () => {
    const source = spySource([1, 2, 3, 4], { oneShot: true })
    expect(count(source), oneShot).toBe(4)
  })
})

describe('3. max', () => {
  it('finds the largest value', () => {
    expect(max([3, 9, 4])).toBe(9)
  })

  it('finds the largest of negative numbers', () => {
    expect(
      max([-5, -2, -9]),
      'do not start from 0: with only negative numbers, 0 is larger than every value. Start from the first value',
    ).toBe(-2)
  })

  it('throws a RangeError for an empty iterable, saying it is empty', () => {
    expect(
      () => max([]),
      'an empty iterable has no maximum: throw a RangeError instead of returning -Infinity (what Math.max() gives) or 0',
    ).toThrow(RangeError)
    expect(
      () => max([]),
      'give the RangeError a message that says what went wrong: the iterable is "empty"',
    ).toThrow(/empty/)
  })

  it('finds the largest value of a Set and a generator', () => {
    expect([max(new Set([2, 8, 5])), max(generate(1, 7, 3))], anyIterable).toEqual([8, 7])
  })

  it('reads a one-shot source once, pulling each value once', () => {
    const source = spySource([4, 1, 6, 2], { oneShot: true })
    expect(max(source), oneShot).toBe(6)
    expect(source).toHavePulled(5)
  })

  it('opens a reusable source once', () => {
    const source = spySource([4, 1, 6])
    max(source)
    expect(
      source.opens,
      'max() walked the source twice (once to check, once to search): one loop can do both',
    ).toBe(1)
  })
})

describe('4. first', () => {
  it('returns the first value', () => {
    expect(first(['apple', 'banana', 'cherry'])).toBe('apple')
  })

  it('returns undefined for an empty iterable', () => {
    expect(first([]), 'no values, no first value: return undefined').toBeUndefined()
  })

  it('returns the first value of a Set and a generator, which have no [0]', () => {
    expect(
      [first(new Set(['s'])), first(generate('g'))],
      'an iterable is not an array: values[0] is undefined for a Set or a generator; take the first value of a for...of loop',
    ).toEqual(['s', 'g'])
  })

  it('pulls exactly one value', () => {
    const source = spySource([1, 2, 3])
    first(source)
    expect(source).toHavePulled(1)
  })

  it('works on an infinite source', () => {
    const source = infiniteSource((index) => index * 10)
    expect(
      first(source),
      'first() must not read everything first: spreading an infinite source never ends',
    ).toBe(0)
    expect(source).toHavePulled(1)
  })

  it('closes the source it stopped reading', () => {
    const source = spySource([1, 2, 3])
    first(source)
    expect(source).toBeClosedOnce()
  })

  it('does not close an empty source, which already said done', () => {
    const source = spySource([])
    expect(first(source)).toBeUndefined()
    expect(source).not.toBeClosed()
  })

  it('works on a source that has no return() method', () => {
    const source = spySource(['only', 'more'], { closable: false })
    let result: string | undefined
    expect(() => {
      result = first(source)
    }, noReturn).not.toThrow()
    expect(result).toBe('only')
  })
})

describe('5. find', () => {
  const isEven = (value: number) => value % 2 === 0

  it('returns the first value that matches', () => {
    expect(find([1, 3, 4, 6], isEven)).toBe(4)
  })

  it('returns undefined when nothing matches', () => {
    expect(find([1, 3, 5], isEven)).toBeUndefined()
  })

  it('passes each value with its index, counting from 0', () => {
    const calls: Array<[string, number]> = []
    const found = find(['a', 'b', 'c', 'd'], (value, index) => {
      calls.push([value, index])
      return index === 2
    })
    expect(
      calls,
      'the predicate gets (value, index), and the index of the first value is 0',
    ).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ])
    expect(found, 'find returns the value at index 2, where the predicate said yes').toBe('c')
  })

  it('stops pulling at the first match', () => {
    const source = spySource([1, 2, 3, 4])
    find(source, isEven)
    expect(source).toHavePulled(2)
  })

  it('finds a value in an infinite source', () => {
    const source = infiniteSource()
    expect(
      find(source, (value) => value === 5),
      'find() must not read everything first: an infinite source never ends',
    ).toBe(5)
    expect(source).toHavePulled(6)
  })

  it('closes the source once it has found a match', () => {
    const source = spySource([1, 2, 3, 4])
    find(source, isEven)
    expect(source).toBeClosedOnce()
  })

  it('does not close a source it read to the end', () => {
    const source = spySource([1, 3])
    find(source, isEven)
    expect(source).not.toBeClosed()
  })

  it('closes the source when the predicate throws', () => {
    const source = spySource([1, 2, 3])
    expect(() =>
      find(source, () => {
        throw new Error('predicate failed')
      }),
    ).toThrow('predicate failed')
    expect(source).toBeClosed()
  })

  it('returns a falsy match such as 0', () => {
    expect(
      find([3, 0, 5], (value) => value < 1),
      'return the value itself, even when it is 0',
    ).toBe(0)
  })
})

describe('6. zip', () => {
  it('pairs values side by side', () => {
    expect(zip([1, 2, 3], ['a', 'b', 'c'])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ])
  })

  it('opens each side once', () => {
    const a = spySource([1, 2], { label: 'a' })
    const b = spySource(['x', 'y'], { label: 'b' })
    const pairs = zip(a, b)
    expect(
      [a.opens, b.opens],
      'zip opened a side more than once (a for...of loop inside another reopens it every round): open each side once and pull with next()',
    ).toEqual([1, 1])
    expect(pairs).toEqual([
      [1, 'x'],
      [2, 'y'],
    ])
  })

  it('stops at a when a is shorter, without pulling b again, and closes b', () => {
    const a = spySource([1], { label: 'a' })
    const b = spySource(['x', 'y', 'z'], { label: 'b' })
    expect(zip(a, b)).toEqual([[1, 'x']])
    expect(
      b,
      'pull a first in each round: once a is done, b must not be pulled again',
    ).toHavePulled(1)
    expect(b).toBeClosedOnce()
    expect(a, 'a said done by itself: there is nothing to close').not.toBeClosed()
  })

  it('stops at b when b is shorter, drops the value just pulled from a, and closes a', () => {
    const a = spySource([1, 2, 3], { label: 'a' })
    const b = spySource(['x'], { label: 'b' })
    expect(zip(a, b), 'a value from a with no partner from b is dropped').toEqual([[1, 'x']])
    expect(a).toHavePulled(2)
    expect(a).toBeClosedOnce()
    expect(b, 'b said done by itself: there is nothing to close').not.toBeClosed()
  })

  it('closes b when both sides have the same length, because a ends first', () => {
    const a = spySource([1, 2], { label: 'a' })
    const b = spySource(['x', 'y'], { label: 'b' })
    zip(a, b)
    expect(a).toHavePulled(3)
    expect(b, 'a ended first: do not pull b again to find out whether it ended too').toHavePulled(2)
    expect(b).toBeClosedOnce()
  })

  it('works when a is infinite', () => {
    const a = infiniteSource(undefined, { label: 'a' })
    expect(zip(a, ['x', 'y'])).toEqual([
      [0, 'x'],
      [1, 'y'],
    ])
    expect(a).toHavePulled(3)
    expect(a).toBeClosedOnce()
  })

  it('works when b is infinite', () => {
    const b = infiniteSource(undefined, { label: 'b' })
    expect(zip(['x', 'y'], b)).toEqual([
      ['x', 0],
      ['y', 1],
    ])
    expect(b).toHavePulled(2)
    expect(b).toBeClosedOnce()
  })

  it('zips one-shot sources, such as generators', () => {
    expect(zip(generate(1, 2), generate('a', 'b', 'c')), oneShot).toEqual([
      [1, 'a'],
      [2, 'b'],
    ])
  })

  it('works on sources that have no return() method', () => {
    const a = spySource([1, 2, 3], { label: 'a', closable: false })
    const b = spySource(['x'], { label: 'b', closable: false })
    let pairs: Array<[number, string]> = []
    expect(() => {
      pairs = zip(a, b)
    }, noReturn).not.toThrow()
    expect(pairs).toEqual([[1, 'x']])
  })

  it('gives an empty array when a is empty, and closes b', () => {
    const b = infiniteSource(undefined, { label: 'b' })
    expect(zip([], b)).toEqual([])
    expect(b).toHavePulled(0)
    expect(b).toBeClosedOnce()
  })
})

describe('7. the seed example', () => {
  it('prints the tuple with for...of, numbered by zip()', () => {
    const mytuple = ['apple', 'banana', 'cherry'] as const
    const printed: string[] = []
    for (const [number, fruit] of zip([1, 2, 3], mytuple)) printed.push(`${number}. ${fruit}`)
    expect(printed).toEqual(['1. apple', '2. banana', '3. cherry'])
  })

  it('answers questions about the tuple with one loop each', () => {
    const mytuple = ['apple', 'banana', 'cherry'] as const
    expect([
      count(mytuple),
      first(mytuple),
      find(mytuple, (fruit) => fruit.startsWith('b')),
      sum(zip([1, 2, 3], mytuple).map(([number]) => number)),
    ]).toEqual([3, 'apple', 'banana', 6])
  })
})

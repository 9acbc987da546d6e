import { collect, infiniteSource, itIsLazy, pull, spySource } from '@iterlings/testing'
import { describe, expect, it } from 'vitest'
import { chunk, enumerate, pairwise } from '../src/index.ts'

function* generate<T>(...values: T[]): Generator<T> {
  yield* values
}

/** What `run` throws, or undefined when it throws nothing. */
function errorOf(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  return undefined
}

describe('9. enumerate', () => {
  itIsLazy('enumerate', (source) => enumerate(source), {
    lazy: '9.3',
    closes: '9.4',
    failedSource: '9.5',
  })

  it('9.1 yields [index, value] pairs, counting from 0', () => {
    expect(
      collect(enumerate(['a', 'b', 'c'])),
      'enumerate yields [index, value], index first, as Python does',
    ).toEqual([
      [0, 'a'],
      [1, 'b'],
      [2, 'c'],
    ])
  })

  it('9.1 counts from start when one is given', () => {
    expect(collect(enumerate(['a', 'b'], 1))).toEqual([
      [1, 'a'],
      [2, 'b'],
    ])
  })

  it('9.2 yields a new array for every pair', () => {
    const pairs = collect(enumerate(['a', 'b']))
    expect(
      pairs[0] !== pairs[1],
      'every pair must be a new array: the consumer may keep them, and one array reused shows only the last pair',
    ).toBe(true)
  })

  it('9.3 pulls one value per pair', () => {
    const source = spySource(['a', 'b', 'c'])
    enumerate(source).next()
    expect(source).toHavePulled(1)
  })

  it('9.4 does not close a source that ran out', () => {
    const source = spySource(['a'])
    collect(enumerate(source))
    expect(
      source,
      'the source ran out by itself: it is finished and needs no closing',
    ).not.toBeClosed()
  })
})

describe('10. chunk', () => {
  itIsLazy('chunk', (source) => chunk(source, 2), {
    lazy: '10.3',
    closes: '10.4',
    failedSource: '10.5',
  })

  it('10.1 groups values into arrays of the given size', () => {
    expect(collect(chunk([1, 2, 3, 4, 5, 6], 2))).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ])
  })

  it('10.1 keeps a last, shorter chunk', () => {
    const chunks = collect(chunk([1, 2, 3, 4, 5], 2))
    expect(
      chunks,
      chunks.length === 2
        ? 'values left over at the end form a last, shorter chunk: do not drop them'
        : 'five values in chunks of 2 make [1, 2], [3, 4] and a last, shorter [5]',
    ).toEqual([[1, 2], [3, 4], [5]])
  })

  it('10.1 yields no empty chunk, and nothing for an empty source', () => {
    const chunks = [collect(chunk([1, 2], 2)), collect(chunk([], 3))]
    expect(
      chunks,
      chunks.flat().some((one) => one.length === 0) && chunks[0]?.[0]?.length !== 0
        ? 'after the loop, yield the chunk being filled only if it holds a value: an empty chunk is no chunk'
        : 'two values in chunks of 2 make one chunk, and an empty source none',
    ).toEqual([[[1, 2]], []])
  })

  it('10.2 yields a new array for every chunk', () => {
    const chunks = collect(chunk(['a', 'b', 'c', 'd'], 2))
    expect(
      chunks,
      'the consumer keeps each chunk: start a new array after each yield instead of emptying the old one',
    ).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
  })

  it('10.3 pulls exactly size values for a chunk', () => {
    const source = spySource([1, 2, 3, 4, 5])
    chunk(source, 2).next()
    expect(
      source,
      'a chunk is full after its size-th value: yield it then, without pulling the next value first',
    ).toHavePulled(2)
  })

  it('10.4 does not close a source that ran out', () => {
    const source = spySource([1, 2, 3])
    collect(chunk(source, 2))
    expect(
      source,
      'the source ran out by itself: it is finished and needs no closing',
    ).not.toBeClosed()
  })

  const badSizes = [
    ['0', 0],
    ['-1', -1],
    ['1.5', 1.5],
    ['NaN', NaN],
    ['Infinity', Infinity],
  ] as const

  it.each(badSizes)('10.6 throws a RangeError when it is called with size = %s', (_, size) => {
    const error = errorOf(() => chunk(spySource([1]), size))
    expect(
      error,
      error === undefined
        ? `chunk(x, ${size}) threw nothing when it was called: check the size in a plain function before you return the generator (a check inside the generator body runs only at the first next()); Number.isInteger(size) && size > 0 accepts exactly the good sizes`
        : 'a bad size is a RangeError',
    ).toBeInstanceOf(RangeError)
  })

  it.each(badSizes)('10.7 says "chunk:" and shows size = %s in the message', (shown, size) => {
    const error = errorOf(() => chunk(spySource([1]), size))
    const message = error instanceof Error ? error.message : undefined
    expect(
      message ?? '(no message: nothing was thrown)',
      message === undefined
        ? `chunk(x, ${shown}) threw no error when it was called, so there is no message yet: refuse the size first`
        : `start the RangeError's message with "chunk:" and show the size (chunk: the size must be a whole number > 0, got ${shown}), so an error in a long pipeline says which step got the bad size`,
    ).toMatch(new RegExp(`^chunk:.*${shown.replace('.', '\\.')}`))
  })
})

describe('11. pairwise', () => {
  itIsLazy('pairwise', (source) => pairwise(source), {
    lazy: '11.3',
    closes: '11.4',
    failedSource: '11.5',
  })

  it('11.1 yields each value with the next one, overlapping', () => {
    expect(collect(pairwise([1, 2, 3, 4]))).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
    ])
  })

  it('11.1 pairs the values of a one-shot generator', () => {
    expect(
      collect(pairwise(generate(1, 2, 3))),
      'a generator can be read only once: open the source once and remember the previous value, instead of walking it twice',
    ).toEqual([
      [1, 2],
      [2, 3],
    ])
  })

  it('11.1 pairs a string by code points, as for...of reads it', () => {
    expect(
      collect(pairwise('a😀b')),
      'a string is iterated by code points: read it with for...of (or its [Symbol.iterator]()), not by index, which splits an emoji into two UTF-16 halves',
    ).toEqual([
      ['a', '😀'],
      ['😀', 'b'],
    ])
  })

  it('11.1 yields nothing for fewer than two values', () => {
    expect([collect(pairwise([])), collect(pairwise(['only']))]).toEqual([[], []])
  })

  it('11.2 pairs undefined values too', () => {
    expect(
      collect(pairwise([undefined, 1, undefined])),
      'undefined can be a real value: remember whether you have a previous value with a separate flag',
    ).toEqual([
      [undefined, 1],
      [1, undefined],
    ])
  })

  it('11.3 pulls two values for the first pair and one for each later pair', () => {
    const source = spySource([1, 2, 3, 4])
    const pairs = pairwise(source)
    pairs.next()
    expect(source).toHavePulled(2)
    pairs.next()
    expect(source).toHavePulled(3)
  })

  it('11.3 works on an infinite source', () => {
    expect(pull(pairwise(infiniteSource()), 2)).toEqual([
      [0, 1],
      [1, 2],
    ])
  })

  it('11.4 does not close a source that ran out', () => {
    const source = spySource([1, 2])
    collect(pairwise(source))
    expect(
      source,
      'the source ran out by itself: it is finished and needs no closing',
    ).not.toBeClosed()
  })
})

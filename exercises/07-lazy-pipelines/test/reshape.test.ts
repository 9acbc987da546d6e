import { collect, infiniteSource, itIsLazy, pull, spySource } from '@iterlings/testing'
import { describe, expect, it } from 'vitest'
import { chunk, enumerate, pairwise } from '../src/index.ts'

describe('9. enumerate', () => {
  itIsLazy((source) => enumerate(source))

  it('yields [index, value] pairs, counting from 0', () => {
    expect(
      collect(enumerate(['a', 'b', 'c'])),
      'enumerate yields [index, value], index first, as Python does',
    ).toEqual([
      [0, 'a'],
      [1, 'b'],
      [2, 'c'],
    ])
  })

  it('counts from start when one is given', () => {
    expect(collect(enumerate(['a', 'b'], 1))).toEqual([
      [1, 'a'],
      [2, 'b'],
    ])
  })

  it('pulls one value per pair', () => {
    const source = spySource(['a', 'b', 'c'])
    enumerate(source).next()
    expect(source).toHavePulled(1)
  })
})

describe('10. chunk', () => {
  itIsLazy((source) => chunk(source, 2))

  it('groups values into arrays of the given size', () => {
    expect(collect(chunk([1, 2, 3, 4, 5, 6], 2))).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ])
  })

  it('keeps a last, shorter chunk', () => {
    expect(
      collect(chunk([1, 2, 3, 4, 5], 2)),
      'values left over at the end form a last, shorter chunk: do not drop them',
    ).toEqual([[1, 2], [3, 4], [5]])
  })

  it('yields a new array for every chunk', () => {
    const chunks = collect(chunk(['a', 'b', 'c', 'd'], 2))
    expect(
      chunks,
      'the consumer keeps each chunk: start a new array after each yield instead of emptying the old one',
    ).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
  })

  it('yields nothing for an empty source', () => {
    expect(collect(chunk([], 3))).toEqual([])
  })

  it('pulls exactly size values for a chunk', () => {
    const source = spySource([1, 2, 3, 4, 5])
    chunk(source, 2).next()
    expect(source).toHavePulled(2)
  })

  it.each([
    ['0', 0],
    ['-1', -1],
    ['1.5', 1.5],
    ['NaN', NaN],
    ['Infinity', Infinity],
  ])('throws a RangeError when it is called with size = %s', (_, size) => {
    expect(
      () => chunk(spySource([1]), size),
      'check the size when the function is called, in a plain function that then returns the generator: a check inside the generator body runs only at the first next()',
    ).toThrow(RangeError)
    expect(
      () => chunk(spySource([1]), size),
      'name the function in the RangeError\'s message ("chunk: the size must be …"), so an error in a long pipeline says which step got the bad size',
    ).toThrow(/chunk/)
  })
})

describe('11. pairwise', () => {
  itIsLazy((source) => pairwise(source))

  it('yields each value with the next one, overlapping', () => {
    expect(collect(pairwise([1, 2, 3, 4]))).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
    ])
  })

  it('yields nothing for fewer than two values', () => {
    expect([collect(pairwise([])), collect(pairwise(['only']))]).toEqual([[], []])
  })

  it('pulls two values for the first pair and one for each later pair', () => {
    const source = spySource([1, 2, 3, 4])
    const pairs = pairwise(source)
    pairs.next()
    expect(source).toHavePulled(2)
    pairs.next()
    expect(source).toHavePulled(3)
  })

  it('pairs undefined values too', () => {
    expect(
      collect(pairwise([undefined, 1, undefined])),
      'undefined can be a real value: remember whether you have a previous value with a separate flag',
    ).toEqual([
      [undefined, 1],
      [1, undefined],
    ])
  })

  it('works on an infinite source', () => {
    expect(pull(pairwise(infiniteSource()), 2)).toEqual([
      [0, 1],
      [1, 2],
    ])
  })
})

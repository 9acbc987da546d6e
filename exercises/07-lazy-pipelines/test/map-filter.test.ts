import { collect, itIsLazy, pull, spySource } from '@iterlings/testing'
import { describe, expect, it, vi } from 'vitest'
import { filter, map } from '../src/index.ts'

const eager =
  'a pipeline step works one value at a time: pull a value, hand it on, and only then pull the next'

describe('1. map', () => {
  itIsLazy((source) => map(source, (value) => value * 2))

  it('applies the function to each value, in order', () => {
    expect(collect(map([1, 2, 3], (value) => value * 10))).toEqual([10, 20, 30])
  })

  it('passes each value with its index', () => {
    expect(
      collect(map(['a', 'b', 'c'], (value, index) => `${index}${value}`)),
      'callbacks receive (value, index): count the values as they go by',
    ).toEqual(['0a', '1b', '2c'])
  })

  it('pulls one value for each value it yields', () => {
    const source = spySource([1, 2, 3, 4, 5])
    const doubled = map(source, (value) => value * 2)
    doubled.next()
    expect(source).toHavePulled(1)
    doubled.next()
    expect(source).toHavePulled(2)
  })

  it('calls the function only for the values that are asked for', () => {
    const fn = vi.fn((value: number) => value)
    pull(map(spySource([1, 2, 3, 4]), fn), 2)
    expect(fn.mock.calls.length, eager).toBe(2)
  })

  it('does not close a source it read to the end', () => {
    const source = spySource([1, 2])
    collect(map(source, String))
    expect(source).not.toBeClosed()
  })
})

describe('2. filter', () => {
  itIsLazy((source) => filter(source, () => true))

  it('keeps the values for which the predicate is true', () => {
    expect(collect(filter([1, 2, 3, 4, 5, 6], (value) => value % 2 === 0))).toEqual([2, 4, 6])
  })

  it('passes each value with its index in the source, not in the output', () => {
    const indexes: number[] = []
    collect(
      filter(['a', 'b', 'c', 'd'], (value, index) => {
        indexes.push(index)
        return value !== 'b'
      }),
    )
    expect(
      indexes,
      'the index counts every value of the source, kept or not, as Array.prototype.filter does',
    ).toEqual([0, 1, 2, 3])
  })

  it('pulls only until it finds the next value to keep', () => {
    const source = spySource([1, 3, 4, 5, 6])
    filter(source, (value) => value % 2 === 0).next()
    expect(source).toHavePulled(3)
  })

  it('yields nothing when no value passes', () => {
    expect(collect(filter([1, 3, 5], (value) => value > 10))).toEqual([])
  })
})

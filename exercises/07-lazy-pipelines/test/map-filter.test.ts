import {
  collect,
  itClosesWhenTheCallbackThrows,
  itIsLazy,
  pull,
  spySource,
} from '@iterlings/testing'
import { describe, expect, it, vi } from 'vitest'
import { filter, map } from '../src/index.ts'

const eager =
  'a pipeline step works one value at a time: pull a value, hand it on, and only then pull the next'

describe('1. map', () => {
  itIsLazy('map', (source) => map(source, (value) => value * 2), {
    lazy: '1.2',
    closes: '1.3',
    failedSource: '1.5',
  })
  itClosesWhenTheCallbackThrows('1.4', 'fn', (source, fail) =>
    map(source, (value) => {
      fail(value)
      return value
    }),
  )

  it('1.1 applies the function to each value, in order', () => {
    expect(collect(map([1, 2, 3], (value) => value * 10))).toEqual([10, 20, 30])
  })

  it('1.1 passes each value with its index', () => {
    expect(
      collect(map(['a', 'b', 'c'], (value, index) => `${index}${value}`)),
      'callbacks receive (value, index): count the values as they go by, from 0',
    ).toEqual(['0a', '1b', '2c'])
  })

  it('1.2 pulls one value for each value it yields', () => {
    const source = spySource([1, 2, 3, 4, 5])
    const doubled = map(source, (value) => value * 2)
    doubled.next()
    expect(source).toHavePulled(1)
    doubled.next()
    expect(source).toHavePulled(2)
  })

  it('1.2 calls the function only for the values that are asked for', () => {
    const fn = vi.fn((value: number) => value)
    pull(map(spySource([1, 2, 3, 4]), fn), 2)
    expect(fn.mock.calls.length, eager).toBe(2)
  })

  it('1.3 does not close a source it read to the end', () => {
    const source = spySource([1, 2])
    collect(map(source, String))
    expect(
      source,
      'the source ran out by itself: it is finished and needs no closing',
    ).not.toBeClosed()
  })
})

describe('2. filter', () => {
  itIsLazy('filter', (source) => filter(source, () => true), {
    lazy: '2.3',
    closes: '2.4',
    failedSource: '2.6',
  })
  itClosesWhenTheCallbackThrows('2.5', 'the predicate', (source, fail) =>
    filter(source, (value) => {
      fail(value)
      return true
    }),
  )

  it('2.1 keeps the values for which the predicate holds', () => {
    expect(collect(filter([1, 2, 3, 4, 5, 6], (value) => value % 2 === 0))).toEqual([2, 4, 6])
  })

  it('2.1 passes each value with its index in the source, not in the output', () => {
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

  it('2.1 yields nothing when no value passes', () => {
    expect(collect(filter([1, 3, 5], (value) => value > 10))).toEqual([])
  })

  it('2.2 counts the predicate by truthiness, as Array.prototype.filter does', () => {
    const answers = new Map<string, unknown>([
      ['one', 1],
      ['yes', 'yes'],
      ['zero', 0],
      ['empty', ''],
      ['true', true],
    ])
    expect(
      collect(filter(answers.keys(), (name) => answers.get(name) as boolean)),
      'a predicate that answers 1 or "yes" holds, one that answers 0 or "" fails: test `if (predicate(...))`, not `=== true`',
    ).toEqual(['one', 'yes', 'true'])
  })

  it('2.3 pulls only until it finds the next value to keep', () => {
    const source = spySource([1, 3, 4, 5, 6])
    filter(source, (value) => value % 2 === 0).next()
    expect(source).toHavePulled(3)
  })

  it('2.4 does not close a source it read to the end', () => {
    const source = spySource([1, 2])
    collect(filter(source, () => true))
    expect(
      source,
      'the source ran out by itself: it is finished and needs no closing',
    ).not.toBeClosed()
  })
})

import { describe, expect, it } from 'vitest'
import { collect, pull } from '../src/collect.ts'
import { iterationMatchers } from '../src/matchers.ts'
import {
  infiniteSource,
  restartingIterator,
  RunawayIterationError,
  RUNAWAY_LIMIT,
  spySource,
} from '../src/sources.ts'

expect.extend(iterationMatchers)

describe('spySource', () => {
  it('counts opens and pulls, including pulls after the end', () => {
    const source = spySource([1, 2])
    const iterator = source[Symbol.iterator]()
    iterator.next()
    iterator.next()
    iterator.next()
    expect([source.opens, source.pulls, source.finished]).toEqual([1, 3, true])
    expect(source.pulled).toEqual([1, 2])
  })

  it('records return() and stops yielding after it', () => {
    const source = spySource(['a', 'b'])
    const iterator = source[Symbol.iterator]()
    iterator.next()
    expect(iterator.return?.('x')).toEqual({ done: true, value: 'x' })
    expect(iterator.next()).toEqual({ done: true, value: undefined })
    expect(source.returns).toBe(1)
  })

  it('records throw() and rethrows the error', () => {
    const source = spySource([1])
    const error = new Error('boom')
    expect(() => source[Symbol.iterator]().throw?.(error)).toThrow(error)
    expect(source.throws).toBe(1)
  })

  it('gives independent iterators unless it is one-shot', () => {
    const reopenable = spySource([1, 2])
    for (const _ of reopenable) break
    expect([...reopenable]).toEqual([1, 2])

    const oneShot = spySource([1, 2], { oneShot: true })
    for (const _ of oneShot) break
    expect([...oneShot]).toEqual([])
    const iterator = oneShot[Symbol.iterator]()
    expect(iterator[Symbol.iterator]() === iterator).toBe(true)
  })

  it('hands out iterators that return themselves when opened, as built-in iterators do', () => {
    const source = spySource([1, 2])
    const iterator = source[Symbol.iterator]()
    iterator.next()
    expect(iterator[Symbol.iterator]() === iterator).toBe(true)
    expect([...iterator]).toEqual([2])
    expect(source.opens).toBe(1)
  })

  it('breaks on request: next() throws after the values it was told to give, then is done', () => {
    const error = new Error('the disk is gone')
    const source = spySource([1, 2, 3], { fail: { after: 1, error } })
    const iterator = source[Symbol.iterator]()
    expect(iterator.next()).toEqual({ done: false, value: 1 })
    expect(() => iterator.next()).toThrow(error)
    expect(iterator.next()).toEqual({ done: true, value: undefined })
    expect({ pulls: source.pulls, returns: source.returns }).toEqual({ pulls: 3, returns: 0 })
  })

  it('restartingIterator restarts at 1 each time it is opened, and counts opens and pulls', () => {
    const counter = restartingIterator()
    expect([counter.next().value, counter.next().value]).toEqual([1, 2])
    expect(counter[Symbol.iterator]() === counter).toBe(true)
    expect(counter.next().value).toBe(1)
    expect({ opens: counter.opens, pulls: counter.pulls }).toEqual({ opens: 1, pulls: 3 })
  })

  it('restartingIterator calls a loop that never stops runaway instead of hanging', () => {
    expect(() => [...restartingIterator()]).toThrow(RunawayIterationError)
  })

  it('can leave out return(), as array iterators do', () => {
    const iterator = spySource([1], { closable: false })[Symbol.iterator]()
    expect('return' in iterator).toBe(false)
  })

  it('cannot be rewritten by the code under test', () => {
    const source = spySource([1])
    expect(() => Object.assign(source, { pulls: 0 })).toThrow(TypeError)
  })
})

describe('infiniteSource', () => {
  it('yields produce(index) forever, lazily', () => {
    expect(
      pull(
        infiniteSource((index) => index * 2),
        4,
      ),
    ).toEqual([0, 2, 4, 6])
  })

  it('throws a teaching error once pulled past its limit instead of hanging', () => {
    const source = infiniteSource(undefined, { label: 'the numbers' })
    expect(() => collect(source, Infinity)).toThrow(RunawayIterationError)
    expect(source.pulls).toBe(RUNAWAY_LIMIT + 1)
    expect(() => source[Symbol.iterator]().next()).toThrow(
      /the numbers is infinite, and 10,002 values were pulled from it: does your loop ever stop\?/,
    )
  })

  it('says so when a finite source with a limit is pulled past it', () => {
    const source = spySource([], { limit: 2 })
    const iterator = source[Symbol.iterator]()
    iterator.next()
    iterator.next()
    expect(() => iterator.next()).toThrow(
      /the source holds 0 values, yet 3 values were pulled from it: does your loop keep pulling after it said done\?/,
    )
  })
})

describe('collect', () => {
  it('reads every value of an iterable or an iterator', () => {
    expect(collect(new Set([1, 2]))).toEqual([1, 2])
    expect(collect([3, 4][Symbol.iterator]())).toEqual([3, 4])
  })

  it('says the iterator never finishes when it yields more than the limit', () => {
    expect(() => collect(infiniteSource(), 5)).toThrow(/more than 5 values without finishing/)
  })
})

describe('matchers', () => {
  it('name the mistake when a source was pulled too much', () => {
    const source = spySource([1, 2, 3, 4], { label: 'the list' })
    pull(source, 4)
    expect(() => expect(source).toHavePulled(3)).toThrow(
      '4 values were pulled from the list, but only 3 were needed',
    )
    expect(() => expect(source).toHavePulledAtMost(2)).toThrow('at most 2 were needed')
    expect(() => expect(source).toHavePulled(1)).toThrow('but only 1 was needed')
  })

  it('name the mistake when a source was pulled too little, with the verb agreeing', () => {
    const source = spySource([1, 2, 3], { label: 'the list' })
    pull(source, 1)
    expect(() => expect(source).toHavePulled(2)).toThrow(
      'only 1 value was pulled from the list, but 2 were needed',
    )
  })

  it('name the mistake when a source was not closed, or closed twice', () => {
    const source = spySource([1, 2])
    expect(() => expect(source).toBeClosed()).toThrow('the source was not closed')
    const iterator = source[Symbol.iterator]()
    iterator.return?.()
    iterator.return?.()
    expect(source).toBeClosed()
    expect(() => expect(source).toBeClosedOnce()).toThrow('closed 2 times')
    expect(() => expect(source).not.toBeClosed()).toThrow('it should not be')
  })

  it('name the mistake when a source was opened too early', () => {
    const source = spySource([1])
    expect(source).not.toHaveBeenOpened()
    source[Symbol.iterator]()
    expect(() => expect(source).not.toHaveBeenOpened()).toThrow('before any value was asked for')
  })

  it('refuse values that are not spies', () => {
    expect(() => expect([1]).toHavePulled(1)).toThrow(/works on a spySource/)
  })
})

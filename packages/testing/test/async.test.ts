import { describe, expect, it } from 'vitest'
import { collectAsync } from '../src/async-collect.ts'
import { asyncSpySource, pushSource } from '../src/async-sources.ts'
import { taskSpy } from '../src/async-tasks.ts'
import { unhandledRejections } from '../src/async-unhandled.ts'
import { promiseState } from '../src/deferred.ts'
import { RunawayIterationError } from '../src/sources.ts'

describe('asyncSpySource', () => {
  it('counts opens, pulls and returns, and reads its values lazily', async () => {
    let produced = 0
    function* naturals() {
      for (;;) yield produced++
    }
    const source = asyncSpySource(naturals())
    const iterator = source[Symbol.asyncIterator]()
    expect(await iterator.next()).toEqual({ done: false, value: 0 })
    expect(await iterator.return?.()).toEqual({ done: true, value: undefined })
    expect(await iterator.next()).toEqual({ done: true, value: undefined })
    expect([source.opens, source.pulls, source.returns, produced]).toEqual([1, 2, 1, 1])
    expect(source.pulled).toEqual([0])
  })

  it('rejects with a RunawayIterationError past its limit', async () => {
    const iterator = asyncSpySource([1, 2, 3], { limit: 1 })[Symbol.asyncIterator]()
    await iterator.next()
    await expect(iterator.next()).rejects.toThrow(RunawayIterationError)
  })
})

describe('pushSource', () => {
  it('keeps a pull waiting until the test emits', async () => {
    const source = pushSource<string>()
    const pull = source[Symbol.asyncIterator]().next()
    expect(await promiseState(pull)).toEqual({ status: 'pending' })
    expect(source.waiting).toBe(1)
    source.emit('a')
    expect(await promiseState(pull)).toEqual({
      status: 'fulfilled',
      value: { done: false, value: 'a' },
    })
  })

  it('queues what is emitted before a pull, then ends', async () => {
    const source = pushSource<number>()
    source.emit(1)
    source.fail(new Error('broken'))
    source.end()
    const iterator = source[Symbol.asyncIterator]()
    expect(await iterator.next()).toEqual({ done: false, value: 1 })
    await expect(iterator.next()).rejects.toThrow('broken')
    expect(await iterator.next()).toEqual({ done: true, value: undefined })
    expect(source.finished).toBe(true)
  })

  it('queues return() behind a waiting pull, as an async generator does', async () => {
    const source = pushSource<number>()
    const iterator = source[Symbol.asyncIterator]()
    const pull = iterator.next()
    const closing = iterator.return?.()
    expect(await promiseState(Promise.resolve(closing))).toEqual({ status: 'pending' })
    source.emit(1)
    expect(await pull).toEqual({ done: false, value: 1 })
    expect(await closing).toEqual({ done: true, value: undefined })
    expect([source.returns, source.waiting, source.finished]).toEqual([1, 0, true])
  })
})

describe('taskSpy', () => {
  it('counts calls in flight and settles them one by one', async () => {
    const task = taskSpy<string, number>()
    const first = task('a', 0)
    const second = task('b', 1)
    task.resolve(1, 2)
    task.reject(0, new Error('no'))
    expect(await second).toBe(2)
    await expect(first).rejects.toThrow('no')
    expect([task.calls, task.inFlight, task.maxInFlight]).toEqual([['a', 'b'], 0, 2])
    expect(() => task.resolve(0, 1)).toThrow('already settled')
  })
})

describe('promiseState', () => {
  it('reports a rejection without leaving it unhandled', async () => {
    const reason = new Error('no')
    expect(await promiseState(Promise.reject(reason))).toEqual({ status: 'rejected', reason })
  })
})

describe('collectAsync', () => {
  it('reads an async iterable to the end', async () => {
    expect(await collectAsync(asyncSpySource(['a', 'b']))).toEqual(['a', 'b'])
  })

  it('fails, instead of waiting, on a pull that never settles', async () => {
    await expect(collectAsync(pushSource<number>())).rejects.toThrow('pull 1 never settled')
  })

  it('fails on an iterator that never finishes', async () => {
    function* naturals() {
      for (let n = 0; ; n += 1) yield n
    }
    await expect(collectAsync(asyncSpySource(naturals()), 3)).rejects.toThrow('more than 3 values')
  })
})

describe('unhandledRejections', () => {
  it('returns the reasons of the rejections nobody handled, and only those', async () => {
    const stray = new Error('nobody listens')
    const reasons = await unhandledRejections(async () => {
      void Promise.reject(stray)
      Promise.reject(new Error('handled')).catch(() => {})
    })
    expect(reasons).toEqual([stray])
  })

  it('returns nothing when every rejection is handled', async () => {
    expect(await unhandledRejections(async () => {})).toEqual([])
  })
})

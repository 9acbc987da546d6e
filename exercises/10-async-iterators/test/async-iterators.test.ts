import {
  asyncSpySource,
  collectAsync,
  infiniteSource,
  promiseState,
  pushSource,
  settle,
  spySource,
  taskSpy,
  type PromiseState,
} from '@iterlings/testing'
import { describe, expect, it } from 'vitest'
import {
  abortable,
  asyncFrom,
  mapConcurrent,
  merge,
  paginate,
  take,
  type Page,
} from '../src/index.ts'

/** Stops a student's iterator early, as a `break` would, without waiting on it forever. */
const close = (iterator: AsyncIterator<unknown>) =>
  promiseState(Promise.resolve(iterator.return?.()))

const value = <T>(state: PromiseState<IteratorResult<T>>) =>
  state.status === 'fulfilled' && !state.value.done ? state.value.value : state

function* naturals() {
  for (let n = 0; ; n += 1) yield n
}

/** An async iterable whose iterator has only next(): the protocol makes return() optional. */
function withoutReturn<T>(values: T[]): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const iterator = values[Symbol.iterator]()
      return { next: async () => iterator.next() }
    },
  }
}

/** An AbortSignal that keeps count of the 'abort' listeners attached to it. */
function watchedSignal() {
  const { signal } = new AbortController()
  const listeners = new Set<unknown>()
  const add = signal.addEventListener.bind(signal)
  const remove = signal.removeEventListener.bind(signal)
  // Own properties, defined rather than assigned: they shadow EventTarget's methods even where the
  // built-in prototypes are frozen.
  Object.defineProperties(signal, {
    addEventListener: {
      value: (...args: Parameters<typeof add>) => {
        if (args[0] === 'abort') listeners.add(args[1])
        add(...args)
      },
    },
    removeEventListener: {
      value: (...args: Parameters<typeof remove>) => {
        if (args[0] === 'abort') listeners.delete(args[1])
        remove(...args)
      },
    },
  })
  return { signal, listeners }
}

describe('1. asyncFrom', () => {
  it('yields the values in order, awaiting the promises among them', async () => {
    const values = [1, Promise.resolve(2), 3]
    expect(await collectAsync(asyncFrom(values)[Symbol.asyncIterator]())).toEqual([1, 2, 3])
  })

  it('has a [Symbol.asyncIterator]() whose next() returns a promise', () => {
    const iterator = asyncFrom(['a'])[Symbol.asyncIterator]()
    expect(
      iterator.next() instanceof Promise,
      'an async iterator answers every next() with a promise of { done, value }',
    ).toBe(true)
  })

  it('pulls one value from its source per next(), and none before', async () => {
    const source = spySource(['a', 'b', 'c'])
    const iterator = asyncFrom(source)[Symbol.asyncIterator]()
    expect(source).toHavePulled(0)
    await iterator.next()
    expect(source).toHavePulled(1)
  })

  it('gives a fresh iterator each time, so it can be looped over twice', async () => {
    const numbers = asyncFrom([1, 2])
    await collectAsync(numbers[Symbol.asyncIterator]())
    expect(
      await collectAsync(numbers[Symbol.asyncIterator]()),
      'open the values again in every [Symbol.asyncIterator]() call, not once for all',
    ).toEqual([1, 2])
  })

  it('closes its source when a for await loop breaks', async () => {
    const source = infiniteSource()
    for await (const number of asyncFrom(source)) if (number === 1) break
    expect(source).toBeClosed()
  })

  it('can break early over an array, whose iterator has no return()', async () => {
    const seen: string[] = []
    for await (const letter of asyncFrom(['a', 'b', 'c'])) {
      seen.push(letter)
      break
    }
    expect(
      seen,
      'return() is optional in the protocol (an array iterator has none): call it as iterator.return?.()',
    ).toEqual(['a'])
  })

  it('answers return() with { done: true }, as every iterator does', async () => {
    const iterator = asyncFrom([1, 2])[Symbol.asyncIterator]()
    await iterator.next()
    expect(
      await iterator.return?.(),
      'return() ends the iteration: resolve it to { done: true, value: undefined }',
    ).toEqual({ done: true, value: undefined })
  })
})

describe('2. take', () => {
  it('returns the first n values', async () => {
    expect(await take(asyncSpySource([1, 2, 3, 4, 5]), 3)).toEqual([1, 2, 3])
  })

  it('pulls exactly n values, not one more', async () => {
    const source = asyncSpySource([1, 2, 3, 4, 5])
    await take(source, 3)
    expect(source).toHavePulled(3)
  })

  it('closes the source when it stops early', async () => {
    const source = asyncSpySource(naturals())
    await take(source, 2)
    expect(source).toBeClosed()
  })

  it('returns every value of a shorter source', async () => {
    expect(await take(asyncSpySource(['only']), 3)).toEqual(['only'])
  })

  it('works on an infinite source', async () => {
    expect(await take(asyncSpySource(naturals()), 4)).toEqual([0, 1, 2, 3])
  })

  it('does not even open the source for n = 0', async () => {
    const source = asyncSpySource([1, 2])
    expect(await take(source, 0)).toEqual([])
    expect(source.opens, 'take(source, 0) needs no value: do not start the loop at all').toBe(0)
  })

  it.each([-1, 1.5, NaN])(
    'rejects with a RangeError for n = %s, saying it is about n',
    async (n) => {
      await expect(take(asyncSpySource([1]), n), 'n must be a whole number >= 0').rejects.toThrow(
        RangeError,
      )
      await expect(
        take(asyncSpySource([1]), n),
        'give the RangeError a message that names the argument that is wrong: n',
      ).rejects.toThrow(/\bn\b/)
    },
  )
})

/** A fake paged API: page 0 is fetched with no cursor, page i with the cursor "page-i". */
function fakeApi<T>(pages: T[][]) {
  const cursors: (string | undefined)[] = []
  const fetchPage = async (cursor: string | undefined): Promise<Page<T>> => {
    cursors.push(cursor)
    const index = cursor === undefined ? 0 : Number(cursor.slice('page-'.length))
    const items = pages[index]
    if (!items) throw new Error(`no page for cursor ${cursor}`)
    return index + 1 < pages.length ? { items, next: `page-${index + 1}` } : { items }
  }
  return { fetchPage, cursors }
}

describe('3. paginate', () => {
  it('yields every item of every page, in order', async () => {
    const api = fakeApi([[1, 2], [3, 4], [5]])
    expect(await collectAsync(paginate(api.fetchPage))).toEqual([1, 2, 3, 4, 5])
    expect(api.cursors, 'fetch the first page with no cursor, then follow each next').toEqual([
      undefined,
      'page-1',
      'page-2',
    ])
  })

  it('fetches nothing before the first value is asked for', () => {
    const api = fakeApi([[1]])
    paginate(api.fetchPage)
    expect(api.cursors.length, 'paginate fetched a page before anyone asked for a value').toBe(0)
  })

  it('fetches the next page only when the current one is used up', async () => {
    const api = fakeApi([
      ['a', 'b'],
      ['c', 'd'],
    ])
    const items = paginate(api.fetchPage)
    await items.next()
    await items.next()
    expect(
      api.cursors.length,
      'both items of page 1 were read, yet page 2 was already fetched: fetch it only when the next item is asked for',
    ).toBe(1)
    await items.next()
    expect(api.cursors.length).toBe(2)
  })

  it('stops fetching when the loop breaks', async () => {
    const api = fakeApi([[1, 2], [3, 4], [5]])
    for await (const item of paginate(api.fetchPage)) if (item === 1) break
    await settle()
    expect(api.cursors.length, 'the loop stopped after one item; no other page was needed').toBe(1)
  })

  it('skips an empty page in the middle and goes on', async () => {
    const api = fakeApi([[1], [], [2]])
    expect(
      await collectAsync(paginate(api.fetchPage)),
      'an empty page is not the end: only a page without `next` is the last',
    ).toEqual([1, 2])
  })

  it('yields nothing for a single empty page, and fetches it only once', async () => {
    const api = fakeApi([[]])
    expect(await collectAsync(paginate(api.fetchPage))).toEqual([])
    expect(api.cursors).toEqual([undefined])
  })

  it('rejects when a fetch fails', async () => {
    const failing = async (): Promise<Page<number>> => {
      throw new Error('503 from the API')
    }
    await expect(paginate(failing).next()).rejects.toThrow('503 from the API')
  })
})

describe('4. mapConcurrent', () => {
  it('runs up to `concurrency` calls at once', async () => {
    const task = taskSpy<string, string>()
    const results = mapConcurrent(asyncSpySource(['a', 'b', 'c', 'd', 'e']), task, 3)
    const first = results.next()
    await promiseState(first)
    expect(
      task.calls,
      'with concurrency 3, exactly three calls should start before any finishes: not one at a time, not all at once',
    ).toEqual(['a', 'b', 'c'])
    for (let call = 0; call < 3; call += 1) task.resolve(call, '')
    await close(results)
  })

  it('never has more than `concurrency` calls in flight', async () => {
    const task = taskSpy<number, number>()
    const results = mapConcurrent(asyncSpySource([0, 1, 2, 3, 4, 5]), task, 2)
    const seen: unknown[] = []
    for (let call = 0; call < 6; call += 1) {
      const next = results.next()
      await promiseState(next)
      expect(
        task.maxInFlight,
        `${task.maxInFlight} calls ran at once with concurrency 2: do not start every call up front (Promise.all over everything ignores the limit)`,
      ).toBeLessThanOrEqual(2)
      task.resolve(call, call * 10)
      seen.push(value(await promiseState(next)))
    }
    expect(seen).toEqual([0, 10, 20, 30, 40, 50])
    expect((await promiseState(results.next())).status).toBe('fulfilled')
  })

  it('yields the results in input order, whatever order they finish in', async () => {
    const task = taskSpy<string, string>()
    const results = mapConcurrent(['a', 'b', 'c'], task, 3)
    const first = results.next()
    await promiseState(first)
    task.resolve(2, 'C')
    task.resolve(1, 'B')
    task.resolve(0, 'A')
    expect(
      [value(await promiseState(first)), ...(await collectAsync(results))],
      'results came out in the order they finished: keep the input order',
    ).toEqual(['A', 'B', 'C'])
  })

  it('hands out a result as soon as it is ready, without waiting for a whole batch', async () => {
    const task = taskSpy<number, number>()
    const results = mapConcurrent([1, 2, 3], task, 2)
    const first = results.next()
    await promiseState(first)
    task.resolve(0, 10)
    expect(
      value(await promiseState(first)),
      'the first result was ready but not handed out: are you waiting for a whole batch (Promise.all per chunk)?',
    ).toBe(10)
    const second = results.next()
    await promiseState(second)
    expect(
      task.calls.length,
      'a slot was free while call 2 was still running: start the next call at once',
    ).toBe(3)
    task.resolve(1, 20)
    task.resolve(2, 30)
    expect(value(await promiseState(second))).toBe(20)
    expect(await collectAsync(results)).toEqual([30])
  })

  it('runs one call at a time with concurrency 1', async () => {
    const task = taskSpy<string, string>()
    const results = mapConcurrent(['a', 'b'], task, 1)
    const first = results.next()
    await promiseState(first)
    expect(task.calls, 'concurrency 1 is allowed: it means one call at a time').toEqual(['a'])
    task.resolve(0, 'A')
    expect(value(await promiseState(first))).toBe('A')
    const second = results.next()
    await promiseState(second)
    task.resolve(1, 'B')
    expect(value(await promiseState(second))).toBe('B')
  })

  it('does not pull or call anything before the first next()', () => {
    const source = asyncSpySource([1, 2])
    const task = taskSpy<number, number>()
    mapConcurrent(source, task, 2)
    expect(source).toHavePulled(0)
    expect(task.calls.length).toBe(0)
  })

  it('passes each value with its index', async () => {
    const results = mapConcurrent(['a', 'b'], (letter, index) => `${index}:${letter}`, 2)
    expect(await collectAsync(results)).toEqual(['0:a', '1:b'])
  })

  it('closes the source when the consumer stops early, even an infinite one', async () => {
    const source = asyncSpySource(naturals())
    for await (const doubled of mapConcurrent(source, async (n) => n * 2, 2)) {
      if (doubled === 4) break
    }
    expect(source).toBeClosed()
    expect(source).toHavePulledAtMost(5)
  })

  it('can stop early over an array, whose iterator has no return()', async () => {
    const seen: number[] = []
    for await (const doubled of mapConcurrent([1, 2, 3], (n) => n * 2, 1)) {
      seen.push(doubled)
      break
    }
    expect(
      seen,
      'return() is optional in the protocol (an array iterator has none): call it as iterator.return?.()',
    ).toEqual([2])
  })

  it('does not close a source it read to the end', async () => {
    const source = asyncSpySource([1, 2, 3])
    await collectAsync(mapConcurrent(source, (n) => n, 2))
    expect(source).not.toBeClosed()
  })

  it('rejects with the error of a failed call, and closes the source', async () => {
    const source = asyncSpySource([1, 2, 3, 4])
    const task = taskSpy<number, number>()
    const results = mapConcurrent(source, task, 2)
    const first = results.next()
    await promiseState(first)
    task.reject(0, new Error('call 1 failed'))
    const state = await promiseState(first)
    expect(state.status, 'a failed call should reject the pull that waits for it').toBe('rejected')
    expect(state.status === 'rejected' && state.reason).toEqual(new Error('call 1 failed'))
    expect(source).toBeClosed()
    task.resolve(1, 0)
  })

  it.each([0, -1, 1.5, NaN, Infinity])(
    'throws a RangeError for concurrency %s when called, not later',
    (concurrency) => {
      expect(
        () => mapConcurrent([1], (n) => n, concurrency),
        'check the concurrency before returning the iterator: a generator body only runs at the first next()',
      ).toThrow(RangeError)
      expect(
        () => mapConcurrent([1], (n) => n, concurrency),
        'give the RangeError a message that names the argument that is wrong: concurrency',
      ).toThrow(/concurrency/)
    },
  )
})

describe('5. merge', () => {
  it('yields a value as soon as any source has one', async () => {
    const a = pushSource<string>({ label: 'a' })
    const b = pushSource<string>({ label: 'b' })
    const merged = merge(a, b)
    const first = merged.next()
    b.emit('from b')
    expect(
      value(await promiseState(first)),
      'b had a value while a was silent: merge waited for a; pull from every source at once',
    ).toBe('from b')
    a.end()
    b.end()
    expect(await collectAsync(merged)).toEqual([])
  })

  it('keeps every value, in the order they arrive', async () => {
    const a = pushSource<string>({ label: 'a' })
    const b = pushSource<string>({ label: 'b' })
    const merged = merge(a, b)
    const first = merged.next()
    a.emit('a1')
    expect(value(await promiseState(first))).toBe('a1')
    b.emit('b1')
    const second = merged.next()
    expect(
      value(await promiseState(second)),
      "b's value was lost: keep one pull pending per source, and pull a source again only after using its value",
    ).toBe('b1')
    a.emit('a2')
    a.end()
    b.end()
    expect(await collectAsync(merged)).toEqual(['a2'])
  })

  it('ends only when every source has ended', async () => {
    const a = pushSource<number>({ label: 'a' })
    const b = pushSource<number>({ label: 'b' })
    const merged = merge(a, b)
    const first = merged.next()
    a.end()
    b.emit(1)
    expect(
      value(await promiseState(first)),
      'a ended, but b still had values: finish only when all sources are done',
    ).toBe(1)
    b.end()
    expect(await collectAsync(merged)).toEqual([])
  })

  it('closes every unfinished source when the consumer stops early', async () => {
    const a = pushSource<number>({ label: 'a' })
    const b = pushSource<number>({ label: 'b' })
    const merged = merge(a, b)
    a.emit(1)
    expect(value(await promiseState(merged.next()))).toBe(1)
    await close(merged)
    expect(a).toBeClosed()
    expect(b).toBeClosed()
  })

  it('can stop early when a source has no return()', async () => {
    const merged = merge(withoutReturn([1, 2]), withoutReturn([3]))
    expect(value(await promiseState(merged.next()))).toBe(1)
    expect(
      (await close(merged)).status,
      'return() is optional in the protocol: close a source with iterator.return?.()',
    ).toBe('fulfilled')
  })

  it('rejects when a source fails, and closes the others', async () => {
    const a = pushSource<number>({ label: 'a' })
    const b = pushSource<number>({ label: 'b' })
    const first = merge(a, b).next()
    a.fail(new Error('a broke'))
    const state = await promiseState(first)
    expect(state.status, "a source's error should reach the consumer").toBe('rejected')
    expect(b).toBeClosed()
  })

  it('ends at once when given no sources', async () => {
    expect(await collectAsync(merge<number>())).toEqual([])
  })
})

describe('6. abortable', () => {
  it('passes every value through while the signal is not aborted', async () => {
    const source = asyncSpySource([1, 2, 3])
    expect(await collectAsync(abortable(source, new AbortController().signal))).toEqual([1, 2, 3])
  })

  it('rejects a pull that is waiting when the signal aborts, with the abort reason', async () => {
    const source = pushSource<number>()
    const controller = new AbortController()
    const reason = new Error('user pressed cancel')
    const pending = abortable(source, controller.signal).next()
    await promiseState(pending)
    controller.abort(reason)
    expect(
      await promiseState(pending),
      'the pull kept waiting after the abort: race the source against the signal, do not only check it between values',
    ).toEqual({ status: 'rejected', reason })
  })

  it('closes the source when the signal aborts', async () => {
    const source = pushSource<number>()
    const controller = new AbortController()
    const pending = abortable(source, controller.signal).next()
    await promiseState(pending)
    controller.abort()
    await promiseState(pending)
    expect(source).toBeClosed()
  })

  it('rejects with an AbortError when no reason is given', async () => {
    const controller = new AbortController()
    controller.abort()
    const state = await promiseState(abortable(asyncSpySource([1]), controller.signal).next())
    expect(
      state.status === 'rejected' && (state.reason as Error).name,
      'reject with signal.reason (an AbortError by default), not an error of your own',
    ).toBe('AbortError')
  })

  it('pulls nothing when the signal is already aborted', async () => {
    const source = asyncSpySource([1, 2])
    const controller = new AbortController()
    controller.abort()
    const state = await promiseState(abortable(source, controller.signal).next())
    expect(state.status, 'an aborted signal means: stop, before any pull').toBe('rejected')
    expect(source).toHavePulled(0)
  })

  it('stops pulling once aborted between two values', async () => {
    const source = asyncSpySource(naturals())
    const controller = new AbortController()
    const values = abortable(source, controller.signal)
    await values.next()
    controller.abort()
    expect((await promiseState(values.next())).status).toBe('rejected')
    expect(await promiseState(values.next())).toEqual({
      status: 'fulfilled',
      value: { done: true, value: undefined },
    })
    expect(source, 'after the abort, the source must not be pulled again').toHavePulled(1)
  })

  it('closes the source when the consumer breaks', async () => {
    const source = asyncSpySource(naturals())
    for await (const n of abortable(source, new AbortController().signal)) if (n === 2) break
    expect(source).toBeClosed()
  })

  it('does not close a source that ended by itself', async () => {
    const source = asyncSpySource([1, 2])
    await collectAsync(abortable(source, new AbortController().signal))
    expect(source).not.toBeClosed()
  })

  it('can stop early when the source has no return()', async () => {
    const values = abortable(withoutReturn([1, 2]), new AbortController().signal)
    await values.next()
    expect(
      (await close(values)).status,
      'return() is optional in the protocol: close the source with iterator.return?.()',
    ).toBe('fulfilled')
  })

  it('removes its abort listener from the signal when it finishes', async () => {
    const { signal, listeners } = watchedSignal()
    await collectAsync(abortable(asyncSpySource([1]), signal))
    const values = abortable(asyncSpySource(naturals()), signal)
    await values.next()
    await close(values)
    expect(
      listeners.size,
      'a listener was left on the signal: one signal can serve many loops, so remove yours in a finally block',
    ).toBe(0)
  })
})

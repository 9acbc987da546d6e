import {
  asyncSpySource,
  collectAsync,
  deferred,
  infiniteSource,
  promiseState,
  pushSource,
  settle,
  spySource,
  taskSpy,
  unhandledRejections,
  type Deferred,
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

const DONE = { status: 'fulfilled', value: { done: true, value: undefined } }

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

/**
 * A hand-written async source whose pulls never settle and whose return() answers at once, as a
 * hand-written iterator may (an async generator would queue it behind the waiting pull).
 */
function silentSource(label = 'the source') {
  let pulls = 0
  let returns = 0
  const iterator: AsyncIterator<never> = {
    next: () => {
      pulls += 1
      return new Promise(() => {})
    },
    return: async () => {
      returns += 1
      return { done: true, value: undefined }
    },
  }
  return {
    label,
    get pulls() {
      return pulls
    },
    get returns() {
      return returns
    },
    [Symbol.asyncIterator]: () => iterator,
  }
}

/** A hand-written source of one value whose return() answers only when the test says so. */
function slowToClose(closed: Deferred<IteratorResult<number>>): AsyncIterable<number> {
  let pulls = 0
  const iterator: AsyncIterator<number> = {
    next: async () =>
      (pulls += 1) === 1 ? { done: false, value: 1 } : new Promise<never>(() => {}),
    return: () => closed.promise,
  }
  return { [Symbol.asyncIterator]: () => iterator }
}

/** A real async generator stuck in an await that never settles: a chat that stays open. */
async function* chatThatStaysOpen(): AsyncGenerator<string> {
  yield await new Promise<string>(() => {})
}

/** Real async generators, for the tests that must hold against the real thing. */
async function* generate<T>(values: T[]): AsyncGenerator<T> {
  for (const item of values) yield item
}

/**
 * An abort signal of the test's own making, with what code uses of one (aborted, reason,
 * throwIfAborted, addEventListener and removeEventListener, with `once`, and onabort), whose
 * 'abort' listeners live in this closure: a real AbortSignal keeps them where EventTarget's own
 * addEventListener, called on it directly, adds one that no wrapper of the test sees. Its
 * controller's abort() calls them, as a real one does. `listening()`: how many are on it.
 */
function watchedSignal() {
  type Listener = (this: unknown, event: Event) => void
  const listeners = new Map<Listener, { once: boolean }>()
  let handler: Listener | null = null
  let aborted = false
  let reason: unknown
  const signal = Object.freeze({
    get onabort() {
      return handler
    },
    set onabort(listener: unknown) {
      handler = typeof listener === 'function' ? (listener as Listener) : null
    },
    get aborted() {
      return aborted
    },
    get reason() {
      return reason
    },
    throwIfAborted() {
      if (aborted) throw reason
    },
    // As EventTarget does: a listener added twice is there once, with the options it came with.
    addEventListener(type: string, listener: Listener, options?: boolean | { once?: boolean }) {
      if (type === 'abort' && !listeners.has(listener))
        listeners.set(listener, { once: typeof options === 'object' && options.once === true })
    },
    removeEventListener(type: string, listener: Listener) {
      if (type === 'abort') listeners.delete(listener)
    },
  }) as unknown as AbortSignal
  const controller = {
    abort(why: unknown = new DOMException('This operation was aborted', 'AbortError')) {
      if (aborted) return
      aborted = true
      reason = why
      const event = new Event('abort')
      handler?.call(signal, event)
      for (const [listener, { once }] of [...listeners]) {
        if (once) listeners.delete(listener)
        listener.call(signal, event)
      }
    },
  }
  const listening = () => listeners.size + (handler ? 1 : 0)
  return { controller, signal, listening }
}

describe('1. asyncFrom', () => {
  it('1.1 answers every next() with a promise, also for a plain value and at the end', async () => {
    const iterator = asyncFrom(['a'])[Symbol.asyncIterator]()
    const first = iterator.next()
    expect(
      first instanceof Promise,
      'next() returned a bare { done, value } for a value that is not a promise: an async iterator answers every next() with a promise (mark next() async)',
    ).toBe(true)
    await first
    expect(
      iterator.next() instanceof Promise,
      'at the end too, next() must return a promise of { done: true }',
    ).toBe(true)
  })

  it('1.2 awaits the values that are promises', async () => {
    const values = [1, Promise.resolve(2), 3]
    expect(
      await collectAsync(asyncFrom(values)[Symbol.asyncIterator]()),
      'a value came out as a promise: await it, so that value is what it resolved to',
    ).toEqual([1, 2, 3])
  })

  it('1.2 awaits the values over a real generator of promises', async () => {
    function* later() {
      yield Promise.resolve('a')
      yield 'b'
    }
    const seen: string[] = []
    for await (const letter of asyncFrom(later())) seen.push(letter)
    expect(seen, 'a value came out as a promise: await it').toEqual(['a', 'b'])
  })

  it('1.3 pulls one value from its source per next(), and none before', async () => {
    const source = spySource(['a', 'b', 'c'])
    const iterator = asyncFrom(source)[Symbol.asyncIterator]()
    expect(source, 'nothing should be pulled before the first next()').toHavePulled(0)
    await iterator.next()
    expect(source).toHavePulled(1)
    await iterator.next()
    expect(source).toHavePulled(2)
  })

  it('1.4 opens the values again for each [Symbol.asyncIterator](), so it can be looped over twice', async () => {
    const numbers = asyncFrom([1, 2])
    await collectAsync(numbers[Symbol.asyncIterator]())
    expect(
      await collectAsync(numbers[Symbol.asyncIterator]()),
      'the second loop saw nothing: open the values in every [Symbol.asyncIterator]() call, not once for all',
    ).toEqual([1, 2])
  })

  it('1.5 closes its values when a for await loop breaks', async () => {
    const source = infiniteSource()
    for await (const number of asyncFrom(source)) if (number === 1) break
    expect(source).toBeClosed()
  })

  it('1.5 answers return() with { done: true, value: undefined }', async () => {
    const iterator = asyncFrom(spySource([1, 2]))[Symbol.asyncIterator]()
    await iterator.next()
    expect(
      await iterator.return?.(),
      'return() ends the iteration: resolve it to { done: true, value: undefined }',
    ).toEqual({ done: true, value: undefined })
  })

  it('1.5 can break early over an array, whose iterator has no return()', async () => {
    const seen: string[] = []
    const loop = (async () => {
      for await (const letter of asyncFrom(['a', 'b', 'c'])) {
        seen.push(letter)
        break
      }
    })()
    expect(
      await promiseState(loop),
      'return() is optional in the protocol (an array iterator has none): call it as iterator.return?.()',
    ).toEqual({ status: 'fulfilled', value: undefined })
    expect(seen).toEqual(['a'])
  })

  it('1.6 rejects the pull of a promise that rejects, and closes the values', async () => {
    const broken = new Error('no such user')
    const source = infiniteSource((index) => (index === 1 ? Promise.reject(broken) : index))
    const iterator = asyncFrom(source)[Symbol.asyncIterator]()
    expect(await iterator.next()).toEqual({ done: false, value: 0 })
    expect(
      await promiseState(iterator.next()),
      'a value that rejects should reject its pull with the same reason',
    ).toEqual({ status: 'rejected', reason: broken })
    expect(
      source,
      'a value rejected, which ends any for await loop, but the values were left open: close them (iterator.return?.()) before passing the error on, as for await over a sync iterable does',
    ).toBeClosed()
  })

  it('1.6 rejects with the same reason over an array, whose iterator has no return()', async () => {
    const broken = new Error('no such user')
    const rejected = Promise.reject(broken)
    rejected.catch(() => {})
    expect(
      await promiseState(asyncFrom([rejected])[Symbol.asyncIterator]().next()),
      'an array iterator has no return(): close the values with iterator.return?.(), so the reason of the rejection is what the pull rejects with',
    ).toEqual({ status: 'rejected', reason: broken })
  })
})

describe('2. take', () => {
  it('2.1 resolves to the first n values, in order', async () => {
    expect(await take(asyncSpySource([1, 2, 3, 4, 5]), 3)).toEqual([1, 2, 3])
  })

  it('2.1 resolves to every value of a shorter source, and no more', async () => {
    expect(
      await take(asyncSpySource(['only']), 3),
      'the source had one value: the result holds that one, nothing to fill the rest',
    ).toEqual(['only'])
  })

  it('2.1 takes from a real async generator, an infinite one too', async () => {
    async function* counting() {
      for (let n = 0; ; n += 1) yield n
    }
    expect(await take(counting(), 4)).toEqual([0, 1, 2, 3])
    expect(
      await take(generate(['x', 'y']), 5),
      'the generator had two values: the result holds those two, nothing to fill the rest',
    ).toEqual(['x', 'y'])
  })

  it('2.2 pulls exactly n values, not one more', async () => {
    const source = asyncSpySource([1, 2, 3, 4, 5])
    await take(source, 3)
    expect(source).toHavePulled(3)
  })

  it('2.3 closes the source when it stops early', async () => {
    const source = asyncSpySource(naturals())
    await take(source, 2)
    expect(source).toBeClosed()
  })

  it('2.4 does not close a source it read to the end', async () => {
    const source = asyncSpySource([1, 2])
    await take(source, 5)
    expect(source).not.toBeClosed()
  })

  it('2.5 does not even open the source for n = 0', async () => {
    const source = asyncSpySource([1, 2])
    expect(
      await promiseState(take(source, 0)),
      'take(source, 0) is [] at once: a length checked only after a push never stops at 0',
    ).toEqual({ status: 'fulfilled', value: [] })
    expect(source.opens, 'take(source, 0) needs no value: do not start the loop at all').toBe(0)
  })

  it.each([-1, 1.5, NaN, Infinity])(
    '2.6 rejects with a RangeError for n = %s, saying it is about n',
    async (n) => {
      // Whether it rejects or throws is rule 2.7; here, what.
      const state = await promiseState((async () => take(asyncSpySource([1]), n))())
      const reason = state.status === 'rejected' ? state.reason : undefined
      expect(reason, `n must be a whole number >= 0: refuse ${n} with a RangeError`).toBeInstanceOf(
        RangeError,
      )
      expect(
        (reason as Error).message,
        'give the RangeError a message that names the argument that is wrong: n',
      ).toMatch(/\bn\b/)
    },
  )

  it('2.7 rejects the promise it returns for a bad n, and never throws', async () => {
    let promise: Promise<unknown> = Promise.resolve()
    expect(() => {
      promise = take(asyncSpySource([1]), -1)
    }, 'take threw at the call: it returns a promise, so a bad n rejects that promise (throw inside the async function)').not.toThrow()
    const state = await promiseState(promise)
    expect(state.status === 'rejected' && state.reason).toBeInstanceOf(RangeError)
  })
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
  it('3.1 yields every item of every page, in order', async () => {
    const api = fakeApi([[1, 2], [3, 4], [5]])
    expect(
      await collectAsync(paginate(api.fetchPage)),
      'yield the items one by one, not whole pages',
    ).toEqual([1, 2, 3, 4, 5])
    expect(api.cursors, 'fetch the first page with no cursor, then follow each next').toEqual([
      undefined,
      'page-1',
      'page-2',
    ])
  })

  it('3.2 fetches nothing before the first value is asked for', () => {
    const api = fakeApi([[1]])
    paginate(api.fetchPage)
    expect(api.cursors.length, 'paginate fetched a page before anyone asked for a value').toBe(0)
  })

  it('3.3 fetches the next page only when the current one is used up', async () => {
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

  it('3.3 fetches nothing more when the loop breaks', async () => {
    const api = fakeApi([[1, 2], [3, 4], [5]])
    for await (const item of paginate(api.fetchPage)) if (item === 1) break
    await settle()
    expect(api.cursors.length, 'the loop stopped after one item; no other page was needed').toBe(1)
  })

  it('3.4 skips an empty page in the middle and goes on', async () => {
    const api = fakeApi([[1], [], [2]])
    expect(
      await collectAsync(paginate(api.fetchPage)),
      'an empty page is not the end: only a page without `next` is the last',
    ).toEqual([1, 2])
  })

  it('3.4 yields nothing for a single empty page, and fetches it only once', async () => {
    const api = fakeApi([[]])
    expect(await collectAsync(paginate(api.fetchPage))).toEqual([])
    expect(api.cursors).toEqual([undefined])
  })

  it("3.5 follows the empty cursor '', which is a cursor like any other string", async () => {
    const cursors: (string | undefined)[] = []
    const fetchPage = async (cursor: string | undefined): Promise<Page<string>> => {
      cursors.push(cursor)
      return cursor === undefined ? { items: ['first'], next: '' } : { items: ['second'] }
    }
    expect(
      await collectAsync(paginate(fetchPage)),
      "the page's next was '', which is falsy but still a cursor: end only when next is undefined (compare with === undefined, not with truthiness)",
    ).toEqual(['first', 'second'])
    expect(cursors).toEqual([undefined, ''])
  })

  it('3.6 rejects the waiting pull when a fetch fails, then is done', async () => {
    const failure = new Error('503 from the API')
    const failing = async (cursor: string | undefined): Promise<Page<number>> => {
      if (cursor === undefined) return { items: [1], next: 'page-1' }
      throw failure
    }
    const items = paginate(failing)
    expect(
      value(await promiseState(items.next())),
      "page 1's item comes first: fetch page 2 only when its first item is asked for",
    ).toBe(1)
    expect(
      await promiseState(items.next()),
      'the fetch of page 2 failed: reject the pull that was waiting for it with that error, do not end quietly',
    ).toEqual({ status: 'rejected', reason: failure })
    expect(await promiseState(items.next())).toEqual(DONE)
  })
})

describe('4. mapConcurrent', () => {
  it('4.1 yields the results in input order, whatever order they finish in', async () => {
    const task = taskSpy<string, string>()
    const results = mapConcurrent(asyncSpySource(['a', 'b', 'c']), task, 3)
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

  it('4.2 passes each value with its index', async () => {
    const results = mapConcurrent(asyncSpySource(['a', 'b']), (letter, i) => `${i}:${letter}`, 2)
    expect(
      await collectAsync(results),
      'fn is called as fn(value, index), the index counting from 0',
    ).toEqual(['0:a', '1:b'])
  })

  it('4.3 reads a sync iterable as well as an async one', async () => {
    const results = mapConcurrent(['a', 'b', 'c'], (letter) => letter.toUpperCase(), 2)
    const seen = await collectAsync(results).catch((error: unknown) => error)
    expect(
      seen,
      'an array has [Symbol.iterator], not [Symbol.asyncIterator]: accept both kinds of source',
    ).toEqual(['A', 'B', 'C'])
  })

  it('4.3 reads a real async generator', async () => {
    const results = mapConcurrent(generate([1, 2, 3]), async (n) => n * 2, 2)
    expect(await collectAsync(results)).toEqual([2, 4, 6])
  })

  it('4.4 starts `concurrency` calls before waiting for any of them', async () => {
    const task = taskSpy<string, string>()
    const results = mapConcurrent(asyncSpySource(['a', 'b', 'c', 'd', 'e']), task, 3)
    await promiseState(results.next())
    expect(
      task.calls.length,
      `with concurrency 3, only ${task.calls.length} call started before the first finished: start that many before you await any`,
    ).toBeGreaterThanOrEqual(3)
  })

  it('4.5 never has more than `concurrency` calls in flight', async () => {
    const task = taskSpy<number, number>()
    const results = mapConcurrent(asyncSpySource([0, 1, 2, 3, 4, 5]), task, 2)
    let settled = 0
    for (let round = 0; round < 6; round += 1) {
      void results.next().catch(() => {})
      await settle()
      expect(
        task.maxInFlight,
        `${task.maxInFlight} calls ran at once with concurrency 2: never start a call while \`concurrency\` are running (Promise.all over everything, or a window one too wide, ignores the limit)`,
      ).toBeLessThanOrEqual(2)
      // Finish every call started so far, so that the next pull can start more.
      for (; settled < task.calls.length; settled += 1) task.resolve(settled, settled)
    }
    expect(task.calls.length, 'every value should get its call').toBe(6)
  })

  it('4.6 hands out the oldest result as soon as it is ready', async () => {
    const task = taskSpy<number, number>()
    const results = mapConcurrent(asyncSpySource([1, 2, 3]), task, 2)
    const first = results.next()
    await promiseState(first)
    task.resolve(0, 10)
    expect(
      value(await promiseState(first)),
      'the first result was ready but not handed out: are you waiting for the other calls too (Promise.all over a batch or the window)?',
    ).toBe(10)
  })

  it('4.7 starts the next call when the consumer asks for the next result', async () => {
    const task = taskSpy<number, number>()
    const results = mapConcurrent(asyncSpySource([1, 2, 3]), task, 2)
    const first = results.next()
    await promiseState(first)
    task.resolve(0, 10)
    await promiseState(first)
    const second = results.next()
    await promiseState(second)
    expect(
      task.calls.length,
      'a slot was free while call 2 was still running, yet no call started: refill the window one call at a time, not only once it is empty',
    ).toBe(3)
    task.resolve(1, 20)
    task.resolve(2, 30)
    expect(value(await promiseState(second))).toBe(20)
    expect(await collectAsync(results)).toEqual([30])
  })

  it('4.8 does not pull or call anything before the first next()', () => {
    const source = asyncSpySource([1, 2])
    const task = taskSpy<number, number>()
    mapConcurrent(source, task, 2)
    expect(source, 'mapConcurrent read its source before anyone asked for a result').toHavePulled(0)
    expect(task.calls.length, 'mapConcurrent started a call before the first next()').toBe(0)
  })

  it('4.9 rejects with the error of a failed call after the results before it, and closes the source', async () => {
    const source = asyncSpySource([1, 2, 3, 4])
    const task = taskSpy<number, number>()
    const results = mapConcurrent(source, task, 2)
    const first = results.next()
    await promiseState(first)
    const failure = new Error('call 2 failed')
    task.reject(1, failure)
    task.resolve(0, 10)
    expect(
      value(await promiseState(first)),
      "call 1 succeeded and call 2 failed: hand out call 1's result first, the error belongs to the pull of call 2",
    ).toBe(10)
    expect(
      await promiseState(results.next()),
      'call 2 failed: the pull waiting for its result should reject with that error, not skip it',
    ).toEqual({ status: 'rejected', reason: failure })
    expect(source).toBeClosed()
    expect(await promiseState(results.next())).toEqual(DONE)
  })

  it('4.10 treats a fn that throws at once as a failed call of its own value', async () => {
    const failure = new Error('no 2 here')
    const fn = (n: number) => {
      if (n === 2) throw failure
      return n * 10
    }
    const results = mapConcurrent(asyncSpySource([1, 2, 3]), fn, 2)
    expect(
      await promiseState(results.next()),
      "fn threw for the second value, and the first value's pull rejected: start each call so that a throw becomes that call's rejection (async () => fn(value, index))()",
    ).toEqual({ status: 'fulfilled', value: { done: false, value: 10 } })
    expect(await promiseState(results.next())).toEqual({ status: 'rejected', reason: failure })
  })

  it('4.11 leaves no unhandled rejection when a call fails while an earlier one runs', async () => {
    const task = taskSpy<number, number>()
    const stray = await unhandledRejections(async () => {
      const results = mapConcurrent(asyncSpySource([1, 2]), task, 2)
      const first = results.next()
      await promiseState(first)
      task.reject(1, new Error('call 2 failed'))
      await settle()
      task.resolve(0, 10)
      await promiseState(first)
      await promiseState(results.next())
    })
    expect(
      stray,
      'call 2 failed while call 1 was still running, and nothing handled its rejection until its turn (an unhandled rejection ends a Node process): attach a catch to each call as it starts, and rethrow when its turn comes',
    ).toEqual([])
  })

  it('4.12 closes the source when the consumer stops early, even an infinite one', async () => {
    const source = asyncSpySource(naturals())
    for await (const doubled of mapConcurrent(source, async (n) => n * 2, 2)) {
      if (doubled === 4) break
    }
    expect(source).toBeClosed()
    expect(source).toHavePulledAtMost(5)
  })

  it('4.12 can stop early over an array, whose iterator has no return()', async () => {
    const results = mapConcurrent([1, 2, 3], (n) => n * 2, 1)
    expect(value(await promiseState(results.next()))).toBe(2)
    expect(
      (await close(results)).status,
      'return() is optional in the protocol (an array iterator has none): call it as iterator.return?.()',
    ).toBe('fulfilled')
  })

  it('4.13 does not close a source it read to the end', async () => {
    const source = asyncSpySource([1, 2, 3])
    await collectAsync(mapConcurrent(source, (n) => n, 2))
    expect(source).not.toBeClosed()
  })

  it('4.13 passes on the error of a source whose next() rejects, and does not close it', async () => {
    const source = pushSource<number>()
    const results = mapConcurrent(source, (n) => n, 2)
    const first = results.next()
    const broken = new Error('connection lost')
    source.fail(broken)
    expect(await promiseState(first)).toEqual({ status: 'rejected', reason: broken })
    expect(
      source,
      "the source's own next() failed, so it is done: closing it is for sources you stop reading early",
    ).not.toBeClosed()
  })

  it.each([0, -1, 1.5, NaN, Infinity])(
    '4.14 refuses concurrency %s with a RangeError that names concurrency',
    async (concurrency) => {
      // When it is thrown is rule 4.15; here, what: at the call or at the first next().
      const attempt = async () =>
        collectAsync(mapConcurrent(asyncSpySource([1, 2]), (n) => n, concurrency))
      const state = await promiseState(attempt())
      const reason = state.status === 'rejected' ? state.reason : undefined
      expect(
        reason,
        `concurrency must be a whole number > 0: refuse ${concurrency} with a RangeError`,
      ).toBeInstanceOf(RangeError)
      expect(
        (reason as Error).message,
        'give the RangeError a message that names the argument that is wrong: concurrency',
      ).toMatch(/concurrency/)
    },
  )

  it.each([0, 1.5])('4.15 throws for concurrency %s when called, not later', (concurrency) => {
    expect(
      () => mapConcurrent([1], (n) => n, concurrency),
      'check the concurrency before returning the iterator: a generator body only runs at the first next()',
    ).toThrow(RangeError)
  })
})

describe('5. merge', () => {
  it('5.1 opens and pulls nothing before the first next()', () => {
    const a = asyncSpySource([1], { label: 'a' })
    merge(a)
    expect(a.opens, 'merge opened a source before anyone asked for a value').toBe(0)
  })

  it('5.2 yields a value as soon as any source has one', async () => {
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

  it('5.3 keeps every value, pulling a source again only after using its value', async () => {
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

  it('5.3 merges real async generators without losing a value', async () => {
    const merged = await collectAsync(merge(generate([1, 2, 3]), generate([4, 5])))
    expect(merged.toSorted(), 'every value of both generators, none lost').toEqual([1, 2, 3, 4, 5])
  })

  it('5.4 ends only when every source has ended', async () => {
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

  it('5.4 ends at once when given no sources', async () => {
    expect(
      await promiseState(merge<number>().next()),
      'merge() has nothing to wait for: with no sources, end at once instead of waiting for an answer that cannot come',
    ).toEqual(DONE)
  })

  it('5.5 rejects when a source fails, and closes the others', async () => {
    const a = pushSource<number>({ label: 'a' })
    const b = silentSource('b')
    const first = merge(a, b).next()
    const broken = new Error('a broke')
    a.fail(broken)
    expect(
      await promiseState(first),
      "a's error should reach the consumer: reject the waiting pull with it",
    ).toEqual({ status: 'rejected', reason: broken })
    expect(
      b,
      'a failed, which ends the merge, and b was left open: close the other sources when a source fails, as when the consumer stops',
    ).toBeClosed()
  })

  it('5.6 does not close the source that failed', async () => {
    const a = pushSource<number>({ label: 'a' })
    const b = silentSource('b')
    const first = merge(a, b).next()
    a.fail(new Error('a broke'))
    await promiseState(first)
    expect(
      a,
      "a's own next() rejected, so a is done: close only the sources that are still open",
    ).not.toBeClosed()
  })

  it('5.7 closes every unfinished source when the consumer stops early', async () => {
    const a = pushSource<number>({ label: 'a' })
    const b = silentSource('b')
    const merged = merge(a, b)
    a.emit(1)
    expect(value(await promiseState(merged.next()))).toBe(1)
    await close(merged)
    expect(a).toBeClosed()
    expect(b).toBeClosed()
  })

  it('5.7 can stop early when a source has no return()', async () => {
    const merged = merge(withoutReturn([1, 2]), withoutReturn([3]))
    expect(value(await promiseState(merged.next()))).not.toBeUndefined()
    expect(
      (await close(merged)).status,
      'return() is optional in the protocol: close a source with iterator.return?.()',
    ).toBe('fulfilled')
  })

  it('5.8 gives control back at once when the consumer stops while a source is still waiting', async () => {
    const a = pushSource<string>({ label: 'a' })
    const merged = merge(a, chatThatStaysOpen())
    a.emit('hello')
    expect(value(await promiseState(merged.next()))).toBe('hello')
    expect(
      (await close(merged)).status,
      "the consumer stopped, and merge's return() never came back: an async generator answers return() only after its pending next(), which may never settle; close such a source without awaiting its return()",
    ).toBe('fulfilled')
    expect(a).toBeClosed()
  })

  it('5.9 waits for the return() of a source that has no pull pending', async () => {
    const closed = deferred<IteratorResult<number>>()
    const idle = slowToClose(closed)
    const merged = merge(idle, silentSource('b'))
    expect(value(await promiseState(merged.next()))).toBe(1)
    const closing = Promise.resolve(merged.return?.())
    expect(
      await promiseState(closing),
      "the consumer's break came back before the source it had just read from finished closing: await the return() of a source that has no next() pending",
    ).toEqual({ status: 'pending' })
    closed.resolve({ done: true, value: undefined })
    expect((await promiseState(closing)).status).toBe('fulfilled')
  })
})

describe('6. abortable', () => {
  it('6.1 passes every value through while the signal is not aborted', async () => {
    const source = asyncSpySource([1, undefined, 3])
    expect(
      await collectAsync(abortable(source, new AbortController().signal)),
      'undefined is a value like any other: the end is { done: true }, not a value that looks empty',
    ).toEqual([1, undefined, 3])
  })

  it('6.1 passes through a real async generator', async () => {
    const values = abortable(generate(['a', 'b']), new AbortController().signal)
    expect(await collectAsync(values)).toEqual(['a', 'b'])
  })

  it('6.2 rejects a pull that is waiting when the signal aborts', async () => {
    const source = silentSource()
    const controller = new AbortController()
    const reason = new Error('user pressed cancel')
    const pending = abortable(source, controller.signal).next()
    await promiseState(pending)
    controller.abort(reason)
    const state = await promiseState(pending)
    expect(
      state.status,
      'the pull kept waiting after the abort: race the source against the signal, do not only check it between values',
    ).toBe('rejected')
    expect(state.status === 'rejected' && state.reason, 'reject with signal.reason').toBe(reason)
  })

  it('6.3 rejects with the reason given to abort(), itself', async () => {
    const source = silentSource()
    const controller = new AbortController()
    const reason = { code: 'CANCELLED' }
    const pending = abortable(source, controller.signal).next()
    await promiseState(pending)
    controller.abort(reason)
    const state = await promiseState(pending)
    expect(
      state.status === 'rejected' && state.reason === reason,
      'reject with signal.reason itself, not an error of your own: the caller checks that it is their reason',
    ).toBe(true)
  })

  it('6.3 rejects with the AbortError the signal made when no reason is given', async () => {
    const controller = new AbortController()
    const values = abortable(silentSource(), controller.signal)
    const pending = values.next()
    await promiseState(pending)
    controller.abort()
    const state = await promiseState(pending)
    expect(
      state.status === 'rejected' && state.reason === controller.signal.reason,
      'reject with signal.reason (an AbortError made by the signal), not an error of your own',
    ).toBe(true)
  })

  it('6.4 rejects at once even when the source is an async generator stuck in an await', async () => {
    const controller = new AbortController()
    const reason = new Error('user pressed cancel')
    const pending = abortable(chatThatStaysOpen(), controller.signal).next()
    await promiseState(pending)
    controller.abort(reason)
    const state = await promiseState(pending)
    expect(
      state.status,
      "the aborted pull never settled: an async generator answers return() only after its pending next(), which may never come; call the source's return() without awaiting it",
    ).toBe('rejected')
    expect(state.status === 'rejected' && state.reason, 'reject with signal.reason').toBe(reason)
  })

  it('6.5 closes the source when the signal aborts', async () => {
    const source = silentSource()
    const controller = new AbortController()
    const pending = abortable(source, controller.signal).next()
    await promiseState(pending)
    controller.abort()
    await promiseState(pending)
    expect(source).toBeClosed()
  })

  it('6.5 closes the source when the consumer breaks', async () => {
    const source = asyncSpySource(naturals())
    for await (const n of abortable(source, new AbortController().signal)) if (n === 2) break
    expect(source).toBeClosed()
  })

  it('6.5 can stop early when the source has no return()', async () => {
    const values = abortable(withoutReturn([1, 2]), new AbortController().signal)
    await values.next()
    expect(
      (await close(values)).status,
      'return() is optional in the protocol: close the source with iterator.return?.()',
    ).toBe('fulfilled')
  })

  it('6.6 does not close a source that ended by itself', async () => {
    const source = asyncSpySource([1, 2])
    await collectAsync(abortable(source, new AbortController().signal))
    expect(source).not.toBeClosed()
  })

  it('6.6 passes on the error of a source whose next() rejects, and does not close it', async () => {
    const source = pushSource<number>()
    const pending = abortable(source, new AbortController().signal).next()
    const broken = new Error('connection lost')
    source.fail(broken)
    expect(await promiseState(pending)).toEqual({ status: 'rejected', reason: broken })
    expect(
      source,
      "the source's own next() failed, so it is done: closing it is for sources you stop reading early",
    ).not.toBeClosed()
  })

  it('6.7 rejects the next pull after an abort between two values, without pulling the source', async () => {
    const source = asyncSpySource(naturals())
    const controller = new AbortController()
    const reason = new Error('stop')
    const values = abortable(source, controller.signal)
    await values.next()
    controller.abort(reason)
    const state = await promiseState(values.next())
    expect(state.status, 'the signal aborted before this pull: reject it').toBe('rejected')
    expect(state.status === 'rejected' && state.reason, 'reject with signal.reason').toBe(reason)
    expect(
      source,
      'the signal had aborted before this pull, so the source must not be pulled again: check the signal before each pull',
    ).toHavePulled(1)
    expect(
      await promiseState(values.next()),
      'after the abort, the iterator is done: every later pull resolves to { done: true }',
    ).toEqual(DONE)
  })

  it('6.8 rejects the first pull without opening the source when the signal is already aborted', async () => {
    const source = asyncSpySource([1, 2])
    const controller = new AbortController()
    const reason = new Error('cancelled before the start')
    controller.abort(reason)
    const state = await promiseState(abortable(source, controller.signal).next())
    expect(
      state.status,
      "an aborted signal never fires 'abort' again: check signal.aborted (signal.throwIfAborted()) before you start",
    ).toBe('rejected')
    expect(state.status === 'rejected' && state.reason, 'reject with signal.reason').toBe(reason)
    expect(
      source.opens,
      'the signal was aborted before the start: do not even open the source',
    ).toBe(0)
  })

  it('6.9 removes its abort listener when the source ends', async () => {
    const { signal, listening } = watchedSignal()
    await collectAsync(abortable(asyncSpySource([1]), signal))
    expect(
      listening(),
      'a listener was left on the signal: one signal can serve many loops, so remove yours in a finally block',
    ).toBe(0)
  })

  it('6.9 removes its abort listener when the consumer stops early', async () => {
    const { signal, listening } = watchedSignal()
    const values = abortable(asyncSpySource(naturals()), signal)
    await values.next()
    await values.next()
    await close(values)
    expect(
      listening(),
      'a listener was left on the signal after a break: remove it in a finally block, and add one per loop, not one per pull',
    ).toBe(0)
  })

  it('6.9 removes its abort listener when the signal aborts', async () => {
    const { controller, signal, listening } = watchedSignal()
    const values = abortable(asyncSpySource(naturals()), signal)
    await values.next()
    controller.abort()
    await promiseState(values.next())
    expect(
      listening(),
      'a listener was left on the signal after the abort: remove it in a finally block',
    ).toBe(0)
  })

  it('6.10 waits for the return() of a source it stops between two pulls', async () => {
    const closed = deferred<IteratorResult<number>>()
    const values = abortable(slowToClose(closed), new AbortController().signal)
    expect(value(await promiseState(values.next()))).toBe(1)
    const closing = Promise.resolve(values.return?.())
    expect(
      await promiseState(closing),
      "the consumer's break came back before the source finished closing: with no pull pending, await its return()",
    ).toEqual({ status: 'pending' })
    closed.resolve({ done: true, value: undefined })
    expect((await promiseState(closing)).status).toBe('fulfilled')
  })
})

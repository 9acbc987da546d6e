import type { EventEmitter } from 'node:events'
import { Readable, Writable } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import { asyncSpySource, collectAsync, promiseState, settle, spySource } from '@iterlings/testing'
import { describe, expect, it } from 'vitest'
import { lines, messages, take, toStream, transform } from '../src/index.ts'

// What a test checks must not live where the code under test can rewrite it. An emitter or a
// stream keeps its state on itself (_events, _readableState, a web stream's slot under a symbol),
// where the classes' own methods read it, and code holding the object can put a Proxy in its
// place, or write it (destroyed: true), so that those methods answer what the test wants. So the
// tests see listeners, destruction and a finish through closures of their own (channel,
// destroyWatch, sink's final), a stream's read-ahead in its source's pulls, a web stream's
// cancellation in what a reader gets from it next, and read a web stream's lock through the
// class's own getter, taken here before anything is handed over (an own locked on the stream would
// say anything). That getter reads the stream's own state slot, so the tests' web streams are
// frozen: the slots keep the state objects Node made (it never adds or reassigns a slot after the
// constructor, on Node 20 to 26), and a Proxy in their place is refused. What code writes inside
// them the stream then is: a reader cleared there leaves the stream free for the next one.
const getter = (proto: object, key: string) => {
  const get = Object.getOwnPropertyDescriptor(proto, key)?.get
  if (!get) throw new Error(`no ${key} getter to read`)
  return (target: object): unknown => get.call(target)
}
const locked = getter(ReadableStream.prototype, 'locked')
const getReader = ReadableStream.prototype.getReader

/** What a new reader of `stream` gets first; it lets go of the stream after. */
async function readNext<T>(stream: ReadableStream<T>) {
  const reader = getReader.call(stream) as ReadableStreamDefaultReader<T>
  try {
    return await reader.read()
  } finally {
    reader.releaseLock()
  }
}

type DestroyOption = (error: Error | null, callback: (error?: Error | null) => void) => void

/**
 * Calls of `stream`'s own `name` method made on it: an own method in front of the class's, which
 * code calls as it would the class's (Node's too: pipeline destroys a stream with its destroy()).
 * `running()` says whether one is under way, so an option the class's method runs can tell that
 * it runs inside one.
 */
function callsOf(stream: Readable | Writable, name: 'destroy' | 'end') {
  const method = Reflect.get(stream, name) as (...args: unknown[]) => unknown
  let made = 0
  let running = 0
  Object.defineProperty(stream, name, {
    configurable: true,
    writable: true,
    value(this: unknown, ...args: unknown[]) {
      if (this !== stream) return method.apply(this, args)
      made += 1
      running += 1
      try {
        return method.apply(stream, args)
      } finally {
        running -= 1
      }
    },
  })
  return { made: () => made > 0, running: () => running > 0 }
}

/**
 * Keeps `stream` on the state objects it was made with, which Node never replaces: on a stand-in
 * put in their place, the class's methods would destroy or end the stand-in, not the stream.
 */
function keepState(stream: Readable | Writable): void {
  for (const key of ['_readableState', '_writableState'])
    Object.defineProperty(stream, key, {
      value: (stream as unknown as Record<string, unknown>)[key],
      writable: false,
      configurable: false,
    })
}

/**
 * A stream `make` builds with the given `destroy` option, and whether destroying it has run the
 * option. Destroying a stream runs it, to release what is behind the stream (a file's
 * descriptor); the flag lives in this closure. The option is also the stream's own `_destroy`,
 * which code holding the stream could call itself, or hand to a stream of its own, and the
 * stream's state is the code's to write (destroyed: true): the option counts only when it runs on
 * this stream inside a call of this stream's destroy(), which runs it at once (the tests' streams
 * have no construct to wait for).
 */
function destroyWatch<S extends Readable | Writable>(make: (destroy: DestroyOption) => S) {
  let destroyed = false
  const stream: S = make(function (this: unknown, error, callback) {
    if (this === stream && destroying.running()) destroyed = true
    callback(error)
  })
  keepState(stream)
  const destroying = callsOf(stream, 'destroy')
  return { stream, destroyed: () => destroyed }
}

/** A text stream that hands out `chunks` one by one, as a file or a socket does. */
const text = (...chunks: string[]) => Readable.from(chunks, { objectMode: false })

/** Why `found` is not `expected` when its only fault is the \r a line kept of its \r\n. */
const keptReturn = (found: string[], expected: string[]) =>
  found.some((line) => line.endsWith('\r')) &&
  found.map((line) => line.replace(/\r$/, '')).join('\n') === expected.join('\n')
    ? 'a line kept the \\r of its \\r\\n, which was cut between two chunks: \\r\\n is one line ending, and neither belongs to the line'
    : undefined

describe('1. lines', () => {
  it('1.1 yields each line without its line ending, the last one too', async () => {
    expect(
      await collectAsync(lines(text('one\ntwo\r\nthree'))),
      'a line ends at \\n or \\r\\n, and neither belongs to the line; the text after the last newline is a line too',
    ).toEqual(['one', 'two', 'three'])
    expect(
      await collectAsync(lines(text('a\nb\n'))),
      'a newline at the very end closes the last line: it does not start an empty one',
    ).toEqual(['a', 'b'])
  })

  it('1.2 joins a line that arrives in several chunks', async () => {
    const found = await collectAsync(lines(text('hel', 'lo\nwor', 'ld\r', '\n!')))
    expect(
      found,
      keptReturn(found, ['hello', 'world', '!']) ??
        'a chunk is not a line: a line may start in one chunk and end in the next (readline keeps the unfinished part for you)',
    ).toEqual(['hello', 'world', '!'])
  })

  it('1.2 takes a \\r\\n cut between two chunks as one line ending, however late the \\n comes', async () => {
    // A socket: the \n after the \r comes a while later. The wait only ever makes the gap longer.
    const input = new Readable({ read() {} })
    const received = lines(input)
    // The first pull starts lines(), so its reader is listening when the chunks arrive.
    let first: Promise<IteratorResult<string>> | undefined = received.next()
    first.catch(() => {}) // Read below, through collectAsync, after the chunks have come.
    input.push('one\r')
    await sleep(200)
    input.push('\ntwo')
    input.push(null)
    const found = await collectAsync({
      next() {
        const pull = first ?? received.next()
        first = undefined
        return pull
      },
    })
    expect(
      found,
      found.join('|') === 'one||two'
        ? 'the \\r and the \\n arrived 200 ms apart and made two line endings, with an empty line between: readline waits only crlfDelay (100 ms by default) for the \\n; give createInterface crlfDelay: Infinity'
        : keptReturn(found, ['one', 'two']),
    ).toEqual(['one', 'two'])
  })

  it('1.2 keeps a character whole when its bytes are cut between two chunks', async () => {
    // A file read in chunks of bytes: the cut falls between the two bytes of é (c3 a9).
    const bytes = Buffer.from('café\nnaïve\n')
    const cut = bytes.indexOf(0xa9)
    const input = new Readable({ read() {} })
    const received = lines(input)
    let first: Promise<IteratorResult<string>> | undefined = received.next()
    first.catch(() => {}) // Read below, through collectAsync, after the chunks have come.
    input.push(bytes.subarray(0, cut))
    await settle()
    input.push(bytes.subarray(cut))
    input.push(null)
    const found = await collectAsync({
      next() {
        const pull = first ?? received.next()
        first = undefined
        return pull
      },
    })
    expect(
      found,
      found.some((line) => line.includes('\uFFFD'))
        ? 'é came out as two broken characters (�): a chunk is bytes, and one turned into text on its own (String(chunk)) cuts a character whose bytes go on in the next chunk; readline decodes the bytes across chunks for you'
        : undefined,
    ).toEqual(['café', 'naïve'])
  })

  it('1.3 destroys the input when the consumer stops early', async () => {
    // A stream that has not ended, as a socket or a long file still being read.
    const watch = destroyWatch((destroy) => new Readable({ read() {}, destroy }))
    const input = watch.stream
    input.push('a\nb\nc\n')
    const received = lines(input)
    expect(
      await promiseState(received.next()),
      'the input holds three whole lines, and not even the first came out: it has not ended (a socket, a file still being written), so code that reads it all before it splits waits forever; yield each line as it arrives (readline does)',
    ).toEqual({ status: 'fulfilled', value: { done: false, value: 'a' } })
    await received.return(undefined)
    await settle()
    expect(
      watch.destroyed(),
      'the loop stopped and the input stream is still open: readline closes itself, not its input; destroy it in a finally block',
    ).toBe(true)
  })

  it('1.4 rejects with the input’s error when the input fails', async () => {
    const input = new Readable({ read() {} })
    // The test's own listener: a lines() that does not listen meets the message below, not an
    // uncaught 'error'.
    input.on('error', () => {})
    input.push('a\n')
    const received = lines(input)
    expect(await promiseState(received.next())).toEqual({
      status: 'fulfilled',
      value: { done: false, value: 'a' },
    })
    const failure = new Error('the disk went away')
    input.destroy(failure)
    const outcome = await promiseState(received.next())
    expect(
      outcome,
      outcome.status === 'fulfilled'
        ? 'the input failed and lines ended as if the text were over: let the error out of the generator (do not catch it), as readline’s iterator does'
        : outcome.status === 'pending'
          ? "the input failed and lines still waits for its next line: a failed stream emits 'error', never 'end'; readline's iterator rejects with the error"
          : undefined,
    ).toEqual({ status: 'rejected', reason: failure })
  })
})

describe('2. toStream', () => {
  it('2.1 gives every value in order, from a sync or an async source', async () => {
    expect(await collectAsync(toStream([1, 2, 3], 2))).toEqual([1, 2, 3])
    async function* letters() {
      yield 'a'
      yield 'b'
    }
    expect(await collectAsync(toStream(letters(), 1))).toEqual(['a', 'b'])
  })

  it('2.1 is an object-mode stream, so values stay values', async () => {
    const stream = toStream([{ id: 1 }, 0, 'x'], 4)
    expect(stream.readableObjectMode, 'give Readable.from objectMode: true').toBe(true)
    expect(await collectAsync(stream)).toEqual([{ id: 1 }, 0, 'x'])
  })

  it('2.1 reads nothing before the first read, then highWaterMark values ahead', async () => {
    const source = spySource(Array.from({ length: 20 }, (_, index) => index))
    const stream = toStream(source, 3)
    await settle()
    expect(
      source.pulls,
      'the stream read its source before anyone read the stream: do not copy the source into an array first',
    ).toBe(0)
    const reader = stream[Symbol.asyncIterator]()
    expect(await reader.next()).toEqual({ done: false, value: 0 })
    await settle()
    const why: Record<number, string> = {
      2: 'after one read, the stream should hold highWaterMark (3) values more, so 4 pulls in all: pass { highWaterMark } to Readable.from (its default buffers just 1 in object mode)',
      5: 'the stream held one value too many: after one read it holds highWaterMark values beyond it, so 1 + 3 pulls in all; give Readable.from highWaterMark itself, not highWaterMark + 1',
    }
    expect(source.pulls, why[source.pulls]).toBe(4)
    await reader.return?.()
  })

  it('2.1 keeps a highWaterMark of 0: nothing read ahead of the consumer', async () => {
    // An async source, as a socket is: at 0, Readable.from pulls it only for what is read (a sync
    // source it reads one value ahead even then, as it does at 1).
    const source = asyncSpySource(Array.from({ length: 40 }, (_, index) => index))
    const reader = toStream(source, 0)[Symbol.asyncIterator]()
    expect(await reader.next()).toEqual({ done: false, value: 0 })
    await settle()
    expect(
      source.pulls,
      source.pulls === 2
        ? 'with highWaterMark 0, one read made the stream read a value ahead, as a highWaterMark of 1 does: 0 is a size like any other, not too small; pass highWaterMark as it is, with no minimum (Math.max(1, …))'
        : `with highWaterMark 0, one read made the stream read ${source.pulls - 1} values ahead: 0 is falsy, so \`highWaterMark || 16\` (or any \`||\` default) replaces it; pass highWaterMark as it is (?? would replace only undefined and null)`,
    ).toBe(1)
    await reader.return?.()
  })

  it('2.2 closes the source when a loop over the stream breaks', async () => {
    const source = spySource([1, 2, 3, 4, 5])
    for await (const value of toStream(source, 1)) if (value === 1) break
    await settle()
    // Readable.from closes a source through throw(AbortError) when it has one (a generator's
    // finally runs either way), and through return() otherwise.
    expect(
      source.returns + source.throws,
      source.finished
        ? 'the source was read to its end before the loop took its first value (copied into an array?), so there was nothing left to close: hand the source itself to Readable.from, which reads it only as the stream is read and closes it when destroyed'
        : 'the loop broke, the stream was destroyed, and its source was left open: Readable.from closes its source when destroyed; a hand-written read() does not',
    ).toBe(1)
  })
})

/**
 * An emitter as `events.on` and `once` use one (on, once, off and their other names), whose
 * listeners live in this closure: `emit` and `listeners` stay with the test. (An EventEmitter
 * keeps its listeners in its own _events, which the code under test could replace.)
 */
function channel() {
  type Listener = (...args: unknown[]) => void
  const table: { name: string; listener: Listener; once: boolean }[] = []
  const add = (once: boolean) => (name: string, listener: Listener) => {
    table.push({ name, listener, once })
    return emitter
  }
  // As an EventEmitter does: a listener added twice goes once per removal, the last added first.
  const remove = (name: string, listener: Listener) => {
    const at = table.findLastIndex((entry) => entry.name === name && entry.listener === listener)
    if (at >= 0) table.splice(at, 1)
    return emitter
  }
  const emitter = Object.freeze({
    on: add(false),
    addListener: add(false),
    once: add(true),
    off: remove,
    removeListener: remove,
  }) as unknown as EventEmitter
  const emit = (name: string, ...args: unknown[]) => {
    const heard = table.filter((entry) => entry.name === name)
    // As an EventEmitter does: an error nobody listens for is thrown, here in the test.
    if (name === 'error' && heard.length === 0) throw args[0]
    for (const { listener, once } of heard) {
      if (once) remove(name, listener)
      listener(...args)
    }
  }
  const listeners = (name: string) => table.filter((entry) => entry.name === name).length
  return { emitter, emit, listeners, left: () => [...new Set(table.map((entry) => entry.name))] }
}

/** Why listeners of these events, still on the emitter after the end, are a fault. */
const leftOn = (events: string[]) =>
  events.includes('message')
    ? "the 'message' listener is still on the emitter after the end: it keeps the generator alive and fills a buffer nobody reads; events.on removes it for you"
    : events.includes('error')
      ? "the 'error' listener is still on the emitter after the end: it keeps the generator alive, and every later 'error' of the emitter goes to it instead of being thrown; remove each listener you added (events.on removes both)"
      : `listeners of ${events.join(', ')} are still on the emitter after the end: remove each listener you added`

describe('3. messages', () => {
  it('3.1 yields every message in order, also those sent while the loop was busy', async () => {
    const { emitter, emit } = channel()
    const controller = new AbortController()
    const received = messages(emitter, controller.signal)
    const first = promiseState(received.next())
    // Three messages at once, while the consumer has asked for one.
    emit('message', 'a')
    emit('message', 'b', 'ignored')
    emit('message', 'c')
    expect(await first).toEqual({ status: 'fulfilled', value: { done: false, value: 'a' } })
    expect(
      await promiseState(received.next()),
      'b was sent while the consumer was busy with a, and it was lost: once() listens only while you wait; events.on keeps listening and buffers what you have not read yet',
    ).toEqual({ status: 'fulfilled', value: { done: false, value: 'b' } })
    expect(await promiseState(received.next())).toEqual({
      status: 'fulfilled',
      value: { done: false, value: 'c' },
    })
    controller.abort()
  })

  it('3.2 ends without an error when the signal aborts', async () => {
    const { emitter } = channel()
    const controller = new AbortController()
    const received = messages(emitter, controller.signal)
    const waiting = promiseState(received.next())
    controller.abort()
    expect(
      await waiting,
      'an abort is the planned end here: on() rejects with an AbortError, so catch it (when signal.aborted) and end the generator',
    ).toEqual({ status: 'fulfilled', value: { done: true, value: undefined } })
  })

  it('3.2 gives the messages sent before the abort, then ends', async () => {
    const { emitter, emit, listeners } = channel()
    const controller = new AbortController()
    const received = messages(emitter, controller.signal)
    const first = promiseState(received.next())
    emit('message', 'a')
    emit('message', 'b')
    emit('message', 'c')
    expect(await first).toEqual({ status: 'fulfilled', value: { done: false, value: 'a' } })
    // b and c wait in the buffer; the consumer has not asked for them yet.
    const listening = listeners('message') > 0
    controller.abort()
    const dropped = listening
      ? 'b and c were sent before the abort and the consumer had not read them yet: they still come out, in order, and only then does it end (events.on hands out what it buffered before its AbortError); do not check signal.aborted before each yield'
      : 'b and c were sent while the consumer held a, and nobody was listening then, so they were lost: once() listens only while you wait; events.on keeps listening and buffers them'
    for (const value of ['b', 'c'])
      expect(await promiseState(received.next()), dropped).toEqual({
        status: 'fulfilled',
        value: { done: false, value },
      })
    expect(await promiseState(received.next())).toEqual({
      status: 'fulfilled',
      value: { done: true, value: undefined },
    })
  })

  it('3.2 still rejects when the emitter emits an error', async () => {
    const { emitter, emit } = channel()
    const controller = new AbortController()
    const received = messages(emitter, controller.signal)
    const waiting = promiseState(received.next())
    const failure = new Error('the connection dropped')
    let unheard = false
    try {
      emit('error', failure)
    } catch {
      unheard = true // As an EventEmitter does, the channel throws an error nobody listens for.
    }
    const outcome = await waiting
    expect(
      outcome,
      unheard
        ? "nobody listened for 'error', so the emitter threw it at whoever emitted it and messages() went on waiting: listen for 'error' too and reject with it (events.on does both)"
        : outcome.status === 'fulfilled'
          ? 'an error event is a real failure, not the planned end: catch only the abort (when signal.aborted) and throw anything else again'
          : undefined,
    ).toEqual({ status: 'rejected', reason: failure })
  })

  it('3.2 still rejects when the error emitted is named AbortError but the signal has not aborted', async () => {
    const { emitter, emit } = channel()
    const received = messages(emitter, new AbortController().signal)
    const waiting = promiseState(received.next())
    const failure = new DOMException('the peer aborted the upload', 'AbortError')
    emit('error', failure)
    expect(
      await waiting,
      "an 'error' event is a failure even when its error is named AbortError: only your own signal ends messages() quietly, so tell the planned end by signal.aborted, not by the error's name",
    ).toEqual({ status: 'rejected', reason: failure })
  })

  it('3.3 removes its listeners when the signal aborts', async () => {
    const { emitter, listeners, left } = channel()
    const controller = new AbortController()
    const received = messages(emitter, controller.signal)
    const waiting = promiseState(received.next())
    expect(
      listeners('message'),
      'messages() should be listening while the consumer waits for a message',
    ).toBe(1)
    controller.abort()
    await waiting
    expect(left(), leftOn(left())).toEqual([])
  })

  it('3.3 removes its listeners when the consumer stops', async () => {
    const { emitter, emit, left } = channel()
    const controller = new AbortController()
    const received = messages(emitter, controller.signal)
    const first = received.next()
    first.catch(() => {}) // Read below, through promiseState.
    emit('message', 1)
    expect(await promiseState(first)).toEqual({
      status: 'fulfilled',
      value: { done: false, value: 1 },
    })
    await received.return(undefined)
    expect(left(), leftOn(left())).toEqual([])
  })
})

/** A web stream of `count` numbers, made on demand, that counts its pulls and cancels. */
function numbers(count: number) {
  const seen = { pulls: 0, cancels: 0 }
  // Frozen, so that locked reads the state Node keeps for the stream and no stand-in for it.
  const stream = Object.freeze(
    new ReadableStream<number>(
      {
        pull(controller) {
          seen.pulls += 1
          if (seen.pulls > count) controller.close()
          else controller.enqueue(seen.pulls)
        },
        cancel() {
          seen.cancels += 1
        },
      },
      { highWaterMark: 0 },
    ),
  )
  return { stream, seen }
}

describe('4. take', () => {
  it('4.1 resolves to the first n chunks', async () => {
    const { stream, seen } = numbers(10)
    expect(await take(stream, 3)).toEqual([1, 2, 3])
    expect(
      seen.pulls,
      'take read a fourth chunk and threw it away: push the chunk first, then check whether you have n',
    ).toBe(3)
  })

  it('4.1 resolves to every chunk when the stream ends first', async () => {
    expect(await take(numbers(2).stream, 5)).toEqual([1, 2])
  })

  it('4.2 cancels the stream when it stops before the end', async () => {
    const { stream, seen } = numbers(10)
    await take(stream, 2)
    expect(
      seen.cancels,
      'take stopped and the stream was never cancelled, so its source would go on producing: leave a for await loop with break, which cancels it',
    ).toBe(1)
    expect(
      locked(stream),
      'the stream was cancelled but is still locked, so nobody can read it again: a reader’s cancel() keeps its lock; release it too (releaseLock()), or leave a for await loop with break, which does both',
    ).toBe(false)
    // The source's cancel is within reach of code holding the stream (its controller keeps it);
    // a stream cancelled gives its next reader nothing more.
    expect(
      await readNext(stream),
      'the source was told to cancel, but the stream was not: a reader still gets chunks from it; cancel the stream itself (leave a for await loop with break)',
    ).toEqual({ done: true, value: undefined })
  })

  it('4.2 does not cancel a stream that ended by itself', async () => {
    const { stream, seen } = numbers(2)
    await take(stream, 5)
    expect(seen.cancels).toBe(0)
  })

  it('4.3 reads nothing for n = 0, and leaves the stream as it was', async () => {
    const { stream, seen } = numbers(5)
    const chunks = await take(stream, 0)
    expect(
      chunks,
      `take(stream, 0) resolved to ${chunks.length} chunks: the loop pushes a chunk before it compares chunks.length with n, so the length is never 0 there and the loop reads on; return [] before the loop`,
    ).toEqual([])
    expect(
      seen.pulls,
      'take(stream, 0) read a chunk and threw it away: a for await loop reads before its body can check n; return [] before the loop',
    ).toBe(0)
    expect(
      seen.cancels,
      'take(stream, 0) cancelled the stream: it read nothing, so it stopped nothing early; leave the stream as it was, for whoever reads it next',
    ).toBe(0)
    expect(
      locked(stream),
      'take(stream, 0) left the stream locked: a reader taken before n is checked is never released; look at n before you touch the stream',
    ).toBe(false)
    expect(await take(numbers(3).stream, -0), '-0 is a count of 0 (-0 < 0 is false)').toEqual([])
  })

  it.each([
    ['-1', -1],
    ['2.5', 2.5],
    ['NaN', Number.NaN],
    ['Infinity', Infinity],
  ])('4.4 rejects with a RangeError that names n = %s, and reads nothing', async (shown, n) => {
    const { stream, seen } = numbers(5)
    let promise: Promise<number[]> | undefined
    try {
      promise = take(stream, n)
    } catch {
      // Said below: take should not throw at all, only reject.
    }
    expect(
      promise,
      `take(stream, ${shown}) threw at the call instead of returning a promise that rejects, so \`take(stream, n).catch(…)\` never sees the error: throw it inside an async function, where a throw rejects the promise`,
    ).toBeInstanceOf(Promise)
    const outcome = await (promise as Promise<number[]>).then(
      (chunks) => chunks,
      (error: unknown) => error,
    )
    const what = Number.isNaN(n) || n < 0 ? 'no count' : 'no whole number of chunks'
    // All 5 chunks: the loop never met chunks.length === n.
    const read = (chunks: unknown[]) =>
      chunks.length === 5
        ? ', and chunks.length never equals it, so the loop read the whole stream'
        : ''
    expect(
      outcome,
      Array.isArray(outcome)
        ? `take(stream, ${shown}) resolved to ${outcome.length} chunks: ${shown} is ${what}${read(outcome)}; before the loop, refuse with a RangeError every n that is not a whole number >= 0 (Number.isInteger(n) && n >= 0 is what passes)`
        : 'refuse an n that is not a whole number >= 0 with a RangeError',
    ).toBeInstanceOf(RangeError)
    expect(
      (outcome as Error).message,
      `say in the message which n was refused: it should show ${shown}`,
    ).toContain(shown)
    expect(seen.pulls, 'a count it refuses needs no chunk').toBe(0)
    expect(locked(stream)).toBe(false)
  })
})

/**
 * An object-mode Writable that records what it gets; with `hold`, the test decides when each write
 * is done. It finishes when its `final` option calls back (Node runs it once end() was called and
 * every write is done), which the test decides, not its writableFinished, which reads the
 * stream's own _writableState. The option is also the stream's own `_final`, which code could call
 * without ever ending the stream: it counts only on this stream once its end() was called, and any
 * other call of it never calls back. Like a file that flushes before it closes, it finishes a
 * moment after end(); with `holdFinish`, when the test says (finish()), so no fixed wait outlasts
 * it.
 */
function sink({ hold = false, holdFinish = false } = {}) {
  const written: string[] = []
  const pending: (() => void)[] = []
  const finishing: (() => void)[] = []
  const watch = destroyWatch(
    (destroy) =>
      new Writable({
        objectMode: true,
        highWaterMark: 1,
        destroy,
        final(callback) {
          if (this !== watch.stream || !ending.made()) return
          if (holdFinish) finishing.push(callback)
          else setImmediate(callback)
        },
        write(chunk: string, _encoding, done) {
          written.push(chunk)
          if (hold) pending.push(() => done())
          else done()
        },
      }),
  )
  const ending = callsOf(watch.stream, 'end')
  return {
    stream: watch.stream,
    written,
    pending,
    release: () => pending.splice(0).forEach((done) => done()),
    destroyed: watch.destroyed,
    finishing: () => finishing.length > 0,
    finish: () => finishing.splice(0).forEach((finish) => finish()),
  }
}

describe('5. transform', () => {
  it('5.1 writes fn of every chunk, and resolves once the output has finished', async () => {
    const output = sink({ holdFinish: true })
    const done = transform(Readable.from(['a', 'b', 'c']), output.stream, (chunk) =>
      chunk.toUpperCase(),
    )
    done.catch(() => {}) // Awaited below.
    for (let turn = 0; turn < 10 && !output.finishing(); turn += 1) await settle()
    expect(
      (await promiseState(done)).status,
      output.written.length < 3
        ? 'transform resolved before the chunks had reached the output: await the pipeline, which resolves once the output has finished'
        : 'transform resolved before the output had finished: await the pipeline (ending the output is not enough: it finishes a moment later, once it has flushed)',
    ).toBe('pending')
    expect(
      output.finishing(),
      output.written.length === 3
        ? 'every chunk reached the output, which was never ended, so it never finishes and transform waits forever: end it once the input is over (pipeline does)'
        : undefined,
    ).toBe(true)
    output.finish()
    await done
    expect(output.written).toEqual(['A', 'B', 'C'])
  })

  it('5.2 rejects with the input’s error and destroys the output', async () => {
    const output = sink()
    const failure = new Error('the disk went away')
    async function* failing() {
      yield 'a'
      throw failure
    }
    const outcome = await transform(Readable.from(failing()), output.stream, (chunk) => chunk).then(
      () => 'resolved',
      (error: unknown) => error,
    )
    expect(
      outcome,
      outcome === 'resolved'
        ? 'transform resolved though the input failed: await the pipeline, which rejects with the error of the stream that failed'
        : undefined,
    ).toBe(failure)
    expect(
      output.destroyed(),
      'the input failed and the output was left open, half written: pipeline destroys every stream when one fails',
    ).toBe(true)
  })

  it('5.2 rejects with the output’s error and destroys the input', async () => {
    // A file that cannot be opened: the output fails before it takes a chunk, while the input,
    // a socket say, has more to give.
    const watch = destroyWatch((destroy) => new Readable({ objectMode: true, read() {}, destroy }))
    watch.stream.push('a')
    watch.stream.push('b')
    const failure = new Error('the file cannot be opened')
    const output = new Writable({
      objectMode: true,
      highWaterMark: 1,
      construct: (callback) => callback(failure),
      write: (_chunk, _encoding, done) => done(),
    })
    // The test's own listener: a transform that does not listen meets the messages below, not an
    // uncaught 'error'.
    output.on('error', () => {})
    const outcome = await promiseState(transform(watch.stream, output, (chunk) => chunk))
    expect(
      outcome,
      outcome.status === 'pending'
        ? "the output failed and transform still waits: a failed stream emits 'error', never 'drain' or 'finish'; await the pipeline, which rejects with the error of the stream that failed"
        : outcome.status === 'fulfilled'
          ? 'transform resolved though the output failed: await the pipeline, which rejects with its error'
          : undefined,
    ).toEqual({ status: 'rejected', reason: failure })
    expect(
      watch.destroyed(),
      'the output failed and the input was left open, though nobody will read it: pipeline destroys every stream when one fails',
    ).toBe(true)
  })

  it('5.3 holds the input back while the output is busy', async () => {
    const source = spySource(Array.from({ length: 50 }, (_, index) => `line ${index}`))
    const output = sink({ hold: true })
    const done = transform(Readable.from(source, { highWaterMark: 1 }), output.stream, (c) => c)
    done.catch(() => {}) // Awaited below.
    await settle()
    expect(
      source.pulls,
      output.stream.writableLength <= 1
        ? 'the whole input was read, though the output was given no more than its buffer holds: the generator in the middle collects every chunk before it yields; yield fn(chunk) for each chunk as it comes, and pipeline holds the input back'
        : 'the output has not finished one write, yet the whole input was read: wait when write() returns false (pipeline does), or everything piles up in memory',
    ).toBeLessThanOrEqual(5)
    while (output.pending.length > 0) {
      output.release()
      await settle()
    }
    const outcome = await promiseState(done)
    expect(
      outcome,
      outcome.status === 'pending' && output.written.length === 50
        ? 'every chunk reached the output, which was never ended, so it never finishes and transform waits forever: end it once the input is over (pipeline does)'
        : undefined,
    ).toEqual({ status: 'fulfilled', value: undefined })
    expect(output.written).toHaveLength(50)
  })
})

/**
 * The async doubles are held against real async generators: the same script of calls on a spy and
 * on a plain `async function*`, every settlement logged in the order it happens, must read the same.
 */
import { describe, expect, it } from 'vitest'
import { asyncSpySource, pushSource } from '../src/async-sources.ts'
import { deferred, settle, type Deferred } from '../src/deferred.ts'

type Step = 'next' | 'return' | 'emit' | 'end' | 'fail' | 'settle'

interface Driven {
  iterator: Required<Pick<AsyncIterator<number>, 'next' | 'return'>>
  emit(value: number): void
  end(): void
  fail(error: unknown): void
}

/** Runs `steps` without awaiting any call, and logs each call's settlement as it happens. */
async function run(source: Driven, steps: Step[]): Promise<string[]> {
  const log: string[] = []
  let calls = 0
  let emitted = 0
  for (const step of steps) {
    if (step === 'next' || step === 'return') {
      const call = `${step} #${(calls += 1)}`
      source.iterator[step]().then(
        (result) => log.push(`${call}: ${JSON.stringify(result)}`),
        (error: unknown) => log.push(`${call}: rejected ${(error as Error).message}`),
      )
    } else if (step === 'emit') source.emit((emitted += 1))
    else if (step === 'end') source.end()
    else if (step === 'fail') source.fail(new Error('broken'))
    else await settle()
  }
  await settle()
  return log
}

/** The reference: an async generator that awaits a channel the test feeds by hand. */
function realGenerator(): Driven {
  type Item = { value: number } | { end: true } | { error: unknown }
  const items: Item[] = []
  let taker: Deferred<Item> | undefined
  const give = (item: Item) => {
    if (!taker) return void items.push(item)
    const waiting = taker
    taker = undefined
    waiting.resolve(item)
  }
  const take = () => {
    const item = items.shift()
    if (item) return Promise.resolve(item)
    taker = deferred<Item>()
    return taker.promise
  }
  async function* generate() {
    for (;;) {
      const item = await take()
      if ('end' in item) return
      if ('error' in item) throw item.error
      yield item.value
    }
  }
  return {
    iterator: generate(),
    emit: (value) => give({ value }),
    end: () => give({ end: true }),
    fail: (error) => give({ error }),
  }
}

function spied() {
  const source = pushSource<number>()
  return { source, driven: { iterator: source[Symbol.asyncIterator](), ...source } }
}

const scripts: [string, Step[]][] = [
  ['return() while a next() waits is queued behind it', ['next', 'return', 'settle', 'emit']],
  ['return() behind a next() that never settles waits forever', ['next', 'return', 'settle']],
  ['return() before the first next() answers at once', ['return', 'next', 'emit']],
  ['pulls made at once are answered in order', ['next', 'next', 'next', 'emit', 'emit', 'end']],
  ['a value emitted early waits for its pull', ['emit', 'settle', 'next', 'next', 'end']],
  ['a failure rejects its pull and ends the source', ['next', 'next', 'fail', 'settle', 'next']],
  ['return() after a failure answers done', ['next', 'return', 'fail']],
  ['end() answers every queued pull', ['next', 'next', 'return', 'end']],
]

describe('pushSource queues like an async generator', () => {
  it.each(scripts)('%s', async (_, steps) => {
    const expected = await run(realGenerator(), steps)
    expect(await run(spied().driven, steps)).toEqual(expected)
  })

  it('counts a queued return() as a close, and the pending calls as waiting', async () => {
    const { source, driven } = spied()
    await run(driven, ['next', 'return'])
    expect([source.pulls, source.returns, source.waiting, source.finished]).toEqual([
      1,
      1,
      2,
      false,
    ])
    source.emit(1)
    await settle()
    expect([source.waiting, source.finished, source.pulled]).toEqual([0, true, [1]])
  })
})

describe('asyncSpySource answers like an async generator over the same values', () => {
  const real = (values: number[]) =>
    (async function* () {
      for (const value of values) yield value
    })()
  it.each<[Step[]]>([
    [['next', 'next', 'return', 'next']],
    [['return', 'next']],
    [['next', 'next', 'next', 'next']],
  ])('%j', async (steps) => {
    const drive = (iterator: AsyncGenerator<number>): Driven => ({
      iterator,
      emit() {},
      end() {},
      fail() {},
    })
    const expected = await run(drive(real([1, 2, 3])), steps)
    const spy = asyncSpySource([1, 2, 3])
    expect(await run(drive(spy[Symbol.asyncIterator]()), steps)).toEqual(expected)
  })
})

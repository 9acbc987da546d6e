// What the running Node lacks of the helpers, Iterator.concat, Array.fromAsync, DisposableStack and
// the iterators' Symbol.dispose, from core-js; on Node 26 this loads nothing.
import '@iterlings/platform'
import {
  asyncSpySource,
  collect,
  deferred,
  infiniteSource,
  promiseState,
  pull,
  settle,
  spySource,
  taskSpy,
} from '@iterlings/testing'
import { describe, expect, it } from 'vitest'
import {
  mapInOrder,
  openAll,
  passing,
  playlist,
  withConnection,
  zipped,
  type Handle,
} from '../src/index.ts'

const results: [string, number][] = [
  ['ada', 91],
  ['bob', 40],
  ['cy', 75],
  ['dee', 12],
  ['eve', 88],
]

/** The pulls of a spy, read without a matcher that would walk it. */
const pullsOf = (source: { pulls: number }) => source.pulls

describe('1. passing', () => {
  it('1.1 yields the names that passed, in order, at most n', () => {
    expect(collect(passing(results, 50, 5))).toEqual(['ada', 'cy', 'eve'])
    expect(
      collect(passing(results, 50, 2)),
      'filter the scores first, then take n: take(n) before filter counts results, not names',
    ).toEqual(['ada', 'cy'])
  })

  it('1.1 lets a score equal to pass through', () => {
    expect(
      collect(passing([['just', 50]], 50, 1)),
      'at least pass means a score of exactly pass passes too: >=, not >',
    ).toEqual(['just'])
  })

  it('1.1 gives no names for n = 0', () => {
    expect(
      collect(passing(results, 50, 0)),
      'n = 0 asks for no names: a count checked only after a yield lets one through; take(n) counts before it pulls',
    ).toEqual([])
  })

  it('1.1 reads a bare iterator, which has next() and nothing else', () => {
    const source = results.values()
    const bare = { next: () => source.next() }
    expect(
      collect(passing(bare, 80, 5)),
      'a bare iterator is not iterable and has no helpers: Iterator.from(results) lifts it into one that has them',
    ).toEqual(['ada', 'eve'])
  })

  it('1.2 pulls nothing before the first next()', () => {
    const source = spySource(results)
    passing(source, 50, 2)
    expect(
      pullsOf(source),
      'passing() read the results before anyone asked for a name: chain the helpers on the iterator (they are lazy) instead of building an array',
    ).toBe(0)
  })

  it('1.2 pulls only as far as the next name', () => {
    const source = spySource(results)
    const names = passing(source, 50, 3)
    names.next()
    expect(source).toHavePulled(1)
    names.next()
    expect(source, 'the second name, cy, is the third result').toHavePulled(3)
  })

  it('1.3 stops at n names, so an infinite source works, and closes it', () => {
    const source = infiniteSource((index): [string, number] => [`p${index}`, index % 2 ? 100 : 0])
    expect(
      collect(passing(source, 50, 2)),
      'keep asking for names and an infinite source never ends: take(n) stops after n',
    ).toEqual(['p1', 'p3'])
    expect(source).toHavePulled(4)
    expect(source).toBeClosedOnce()
  })

  it('1.3 pulls nothing for n = 0, and closes the source it was given', () => {
    // One-shot, like a generator: the caller hands over an open iterator, which passing then owns.
    const source = infiniteSource((index): [string, number] => [`p${index}`, 100], {
      oneShot: true,
    })
    collect(passing(source, 50, 0))
    const control = infiniteSource((index): [string, number] => [`p${index}`, 100])
    collect(passing(control, 50, 1))
    expect(
      pullsOf(source),
      'n = 0 needs no result at all: a count checked only after the first pull (or the first yield) reads one anyway; take(0) reads none',
    ).toBe(0)
    expect(
      source,
      source.returns === 0 && control.returns > 0
        ? 'passing gave no names and left the source open: it was handed an open iterator, so close it even when it reads nothing (take(0) closes it at the first next())'
        : undefined,
    ).toBeClosedOnce()
  })

  it.each([
    ['-1', -1],
    ['NaN', Number.NaN],
  ])('1.5 throws a RangeError at once for n = %s', (shown, n) => {
    const source = spySource(results)
    let names: Iterator<string> | undefined
    let thrown: unknown
    try {
      names = passing(source, 50, n)
    } catch (error) {
      thrown = error
    }
    let late: unknown
    try {
      names?.next()
    } catch (error) {
      late = error
    }
    // A check of n < 0 (or n || 0) refuses -1 but lets NaN through: say so, not something else.
    const refusesMinusOne = (() => {
      try {
        passing(spySource(results), 50, -1)
        return false
      } catch (error) {
        return error instanceof RangeError
      }
    })()
    expect(
      thrown,
      Number.isNaN(n) && refusesMinusOne && !(thrown instanceof RangeError)
        ? late instanceof RangeError
          ? 'passing refused n = -1 at once, but n = NaN only at the first next(): NaN < 0 is false, so a check of n < 0 lets NaN through; refuse every n that is not n >= 0, or return the chain, whose take(n) refuses both when passing is called'
          : 'passing refused n = -1 but took n = NaN as a count: something turned NaN into a number (n || 0 gives 0); leave n as it is, and take(n) refuses NaN with a RangeError'
        : late instanceof RangeError
          ? `passing(results, 50, ${shown}) returned an iterator, and the RangeError came only at its first next(): a generator's body runs only then; return the chain itself, whose take(n) checks n when it is called`
          : `a count of ${shown} is no count: take(n) throws a RangeError for it, when passing is called`,
    ).toBeInstanceOf(RangeError)
    expect(pullsOf(source), 'a count it refuses needs no result').toBe(0)
  })
})

describe('2. playlist', () => {
  it('2.1 plays every part in order, with the pause between two parts', () => {
    function* radio() {
      yield 'r1'
      yield 'r2'
    }
    let played: unknown
    try {
      played = collect(playlist([['a1', 'a2'], new Set(['b1']), radio()], '—'))
    } catch (error) {
      played = error
    }
    expect(
      played,
      played instanceof TypeError
        ? `playlist threw a TypeError (${played.message}): Iterator.concat takes iterables only, and the pause is one value, not a part; give it the pause in an array of its own, [pause]`
        : 'the pause goes between two parts only: not before the first, not after the last',
    ).toEqual(['a1', 'a2', '—', 'b1', '—', 'r1', 'r2'])
  })

  it('2.1 plays one part without any pause, and no parts as nothing', () => {
    expect(collect(playlist([['solo']], '—'))).toEqual(['solo'])
    expect(collect(playlist([], '—'))).toEqual([])
  })

  it('2.2 opens nothing before the first next(), then each part only when it is reached', () => {
    const first = spySource([1, 2], { label: 'the first part' })
    const second = spySource([3], { label: 'the second part' })
    const tracks = playlist([first, second], 0)
    expect(
      first.opens + second.opens,
      'playlist() opened its parts before anyone asked for a track: Iterator.concat opens each one only when it gets there',
    ).toBe(0)
    expect(pull(tracks, 2)).toEqual([1, 2])
    expect(second).not.toHaveBeenOpened()
  })

  it('2.3 closes the part it is in when the consumer stops, and never opens the rest', () => {
    const first = spySource([1, 2], { label: 'the first part' })
    const second = spySource([3], { label: 'the second part' })
    for (const track of playlist([first, second], 0)) if (track === 1) break
    expect(first).toBeClosedOnce()
    expect(second).not.toHaveBeenOpened()
  })

  it('2.4 throws a TypeError at once for a part that is not an iterable object', () => {
    expect(
      () => playlist([[1], 42 as unknown as Iterable<number>], 0),
      'Iterator.concat checks every part when it is called, before any track is read',
    ).toThrow(TypeError)
    expect(
      () => playlist(['ab', 'cd'], '-'),
      'a string is iterable, but not an object: Iterator.concat refuses it at once',
    ).toThrow(TypeError)
  })
})

describe('3. mapInOrder', () => {
  it('3.1 resolves to fn of every value, in order, for sync and async sources', async () => {
    expect(await mapInOrder(['a', 'b'], (value, index) => `${index}:${value}`)).toEqual([
      '0:a',
      '1:b',
    ])
    async function* numbers() {
      yield 1
      yield 2
    }
    expect(
      await mapInOrder(numbers(), async (n) => n * 10),
      'the results are awaited: an async fn gives promises, and each one must be awaited in turn',
    ).toEqual([10, 20])
  })

  it('3.2 reads the next value only after fn has settled for the last one', async () => {
    const source = asyncSpySource(['a', 'b', 'c'])
    const fn = taskSpy<string, string>()
    const result = mapInOrder(source, fn)
    result.catch(() => {}) // Read below, through promiseState.
    await settle()
    expect(
      fn.calls,
      'fn ran on several values at once: mapInOrder waits for each call before it reads the next value',
    ).toEqual(['a'])
    expect(source).toHavePulled(1)
    fn.resolve(0, 'A')
    await settle()
    expect(fn.calls).toEqual(['a', 'b'])
    fn.resolve(1, 'B')
    await settle()
    fn.resolve(2, 'C')
    expect(await promiseState(result)).toEqual({ status: 'fulfilled', value: ['A', 'B', 'C'] })
    expect(fn.maxInFlight).toBe(1)
  })

  it('3.3 rejects with the error of fn and closes the source', async () => {
    const source = asyncSpySource(infiniteValues())
    const failure = new Error('the third value is bad')
    await expect(
      mapInOrder(source, async (n) => {
        if (n === 2) throw failure
        return n
      }),
    ).rejects.toBe(failure)
    expect(
      source.returns,
      source.pulls > 3
        ? `the source was read to its end before fn failed on the third value (${source.pulls} pulls), so there was nothing left to close: call fn on each value as you read it, and stop reading when it fails`
        : 'fn failed and the source was left open: stop reading and close it (Array.fromAsync does, and so does a for await loop)',
    ).toBe(1)
  })
})

function* infiniteValues() {
  for (let n = 0; n < 1_000; n += 1) yield n
}

describe('4. zipped', () => {
  it('4.1 pairs the values until the shorter source ends', () => {
    expect(collect(zipped([1, 2, 3], ['a', 'b']))).toEqual([
      [1, 'a'],
      [2, 'b'],
    ])
    expect(collect(zipped(['x'], [true, false]))).toEqual([['x', true]])
    expect(
      collect(zipped([1, 2], ['a', 'b'])),
      'stop at the shorter: no pair with undefined in it',
    ).toEqual([
      [1, 'a'],
      [2, 'b'],
    ])
  })

  it('4.1 reads a first, and pulls nothing more from b once a is done', () => {
    const a = spySource([1, 2], { label: 'a' })
    const b = spySource(['x', 'y', 'z'], { label: 'b' })
    expect(collect(zipped(a, b))).toEqual([
      [1, 'x'],
      [2, 'y'],
    ])
    expect(
      pullsOf(b),
      'b was pulled after a said done, and that value of b is lost: check whether a is done before you pull b (Python’s zip and the proposed Iterator.zip stop at the first source that is done)',
    ).toBe(2)
  })

  it('4.2 opens nothing before the first next()', () => {
    const a = spySource([1], { label: 'a' })
    const b = spySource([2], { label: 'b' })
    const pairs = zipped(a, b)
    expect(
      a.opens + b.opens,
      'zipped() opened its sources when it was called: open them inside the generator, whose body runs at the first next()',
    ).toBe(0)
    pairs.next()
    expect(a).toHaveBeenOpened()
  })

  it('4.3 closes both sources when the consumer stops early', () => {
    const a = spySource([1, 2, 3], { label: 'a' })
    const b = spySource(['x', 'y', 'z'], { label: 'b' })
    for (const [n] of zipped(a, b)) if (n === 1) break
    expect(
      [a.returns, b.returns],
      'the loop stopped and a source stayed open: declare each with `using`, and closing the generator disposes both',
    ).toEqual([1, 1])
  })

  it('4.3 closes the longer source when the shorter one ends', () => {
    const a = spySource([1, 2, 3], { label: 'a' })
    const b = spySource(['x'], { label: 'b' })
    collect(zipped(a, b))
    expect(
      a.returns,
      'b ended and a, which still had values, was left open: `using` closes it when the generator returns',
    ).toBe(1)
  })

  it('4.3 closes both when the consumer calls return() after the first pair', () => {
    const a = spySource([1, 2], { label: 'a' })
    const b = spySource([3, 4], { label: 'b' })
    const pairs = zipped(a, b)
    pairs.next()
    pairs.return(undefined)
    expect([a.returns, b.returns]).toEqual([1, 1])
  })
})

/** Handles that write what happens to them in a shared log. */
function handles(failOpen?: string, failClose: string[] = []) {
  const log: string[] = []
  const open = (name: string): Handle & { name: string } => {
    if (name === failOpen) throw new Error(`cannot open ${name}`)
    log.push(`open ${name}`)
    return {
      name,
      close() {
        log.push(`close ${name}`)
        if (failClose.includes(name)) throw new Error(`cannot close ${name}`)
      },
    }
  }
  return { log, open }
}

/**
 * openAll, whose own throw says so when it closed the handles as it returned and a close failed:
 * the tests of a failing close expect it from dispose, not from openAll.
 */
function openAllToDispose(names: string[], { log, open }: ReturnType<typeof handles>) {
  try {
    return openAll(names, open)
  } catch (error) {
    if (!log.some((entry) => entry.startsWith('close'))) throw error
    throw new Error(
      'openAll itself threw, from a close: it closed the handles before handing them out (a `using` stack closes at the end of the function unless you move() its contents out)',
      { cause: error },
    )
  }
}

describe('5. openAll', () => {
  it('5.1 gives the handles in order, and closes them last first when disposed', () => {
    const { log, open } = handles()
    const opened = openAll(['a', 'b', 'c'], open)
    expect(opened.handles.map((handle) => handle.name)).toEqual(['a', 'b', 'c'])
    opened[Symbol.dispose]()
    expect(
      log,
      'close in the reverse order of opening: what was opened last may depend on what came before',
    ).toEqual(['open a', 'open b', 'open c', 'close c', 'close b', 'close a'])
    expect(
      opened.handles.map((handle) => handle.name),
      'the dispose turned the handles array itself around: reverse() reorders an array in place; walk it from the end, or let a DisposableStack keep the order',
    ).toEqual(['a', 'b', 'c'])
  })

  it('5.1 is what `using` takes', () => {
    const { log, open } = handles()
    {
      using opened = openAll(['a', 'b'], open)
      expect(opened.handles).toHaveLength(2)
    }
    expect(log).toEqual(['open a', 'open b', 'close b', 'close a'])
  })

  it('5.2 keeps every handle open until the result is disposed', () => {
    const { log, open } = handles()
    openAll(['a', 'b'], open)
    expect(
      log,
      'the handles were closed before they were handed out: a `using` stack closes at the end of the function unless you move() its contents out',
    ).toEqual(['open a', 'open b'])
  })

  it('5.3 closes what it opened, last first, when an open fails, and throws its error', () => {
    const { log, open } = handles('c')
    expect(() => openAll(['a', 'b', 'c', 'd'], open)).toThrow('cannot open c')
    expect(
      log,
      'an open failed and the handles opened before it stayed open: nobody else can close them now',
    ).toEqual(['open a', 'open b', 'close b', 'close a'])
  })

  it('5.4 still closes the others when a close fails, then throws', () => {
    const spies = handles(undefined, ['b'])
    const { log } = spies
    const opened = openAllToDispose(['a', 'b', 'c'], spies)
    expect(() => opened[Symbol.dispose]()).toThrow('cannot close b')
    expect(
      log,
      "a close failed and the handles after it were never closed: one handle's failure must not keep the others open",
    ).toEqual(['open a', 'open b', 'open c', 'close c', 'close b', 'close a'])
  })

  it('5.4 throws a SuppressedError when two closes fail', () => {
    const opened = openAllToDispose(['a', 'b', 'c'], handles(undefined, ['a', 'c']))
    let thrown: unknown
    try {
      opened[Symbol.dispose]()
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(SuppressedError)
    expect((thrown as SuppressedError).error).toMatchObject({ message: 'cannot close a' })
    expect((thrown as SuppressedError).suppressed).toMatchObject({ message: 'cannot close c' })
  })
})

/**
 * A connection whose close the test finishes by hand when `slowClose` is set. How often it was
 * closed and whether a close finished live in this closure: the connection is the code's, which
 * sees them through the getters of a frozen `state`, and could write a plain object's.
 */
function connection(slowClose = false) {
  const closing = deferred()
  let closes = 0
  let closed = false
  const state = Object.freeze({
    get closes() {
      return closes
    },
    get closed() {
      return closed
    },
  })
  const value = Object.freeze({
    state,
    async [Symbol.asyncDispose]() {
      closes += 1
      if (slowClose) await closing.promise
      closed = true
    },
  })
  return { value, state, finishClose: () => closing.resolve() }
}

describe('6. withConnection', () => {
  it('6.1 resolves to what the work resolved to', async () => {
    const { value } = connection()
    expect(
      await withConnection(
        async () => value,
        async (c) => c.state.closes,
      ),
      'withConnection resolves to the result of work: return it',
    ).toBe(0)
  })

  it('6.1 closes the connection only after the work has settled', async () => {
    const { value, state } = connection()
    const work = deferred<string>()
    const result = withConnection(
      async () => value,
      () => work.promise,
    )
    result.catch(() => {}) // Read below; a failure must not count as unhandled meanwhile.
    await settle()
    expect(
      state.closes,
      'the connection closed while the work was still running: `return await work(connection)`, since a plain `return` leaves the block (and closes) at once',
    ).toBe(0)
    work.resolve('done')
    expect(await result).toBe('done')
    expect(state.closed).toBe(true)
  })

  it('6.2 closes the connection when the work fails, and rejects with its error', async () => {
    const { value, state } = connection()
    const failure = new Error('query failed')
    await expect(
      withConnection(
        async () => value,
        async () => {
          throw failure
        },
      ),
    ).rejects.toBe(failure)
    expect(
      state.closes,
      'the work failed and the connection stayed open: `await using` closes it however the block ends',
    ).toBe(1)
  })

  it('6.3 resolves only once the close has finished', async () => {
    const { value, finishClose } = connection(true)
    const result = withConnection(
      async () => value,
      async () => 'done',
    )
    expect(
      (await promiseState(result)).status,
      'withConnection resolved before the connection finished closing: await the close (`await using` does)',
    ).toBe('pending')
    finishClose()
    expect(await result).toBe('done')
  })

  it('6.5 rejects with the error of a close that fails after the work', async () => {
    const failure = new Error('the connection would not close')
    const value = {
      async [Symbol.asyncDispose]() {
        throw failure
      },
    }
    const outcome = await withConnection(
      async () => value,
      async () => 'done',
    ).then(
      (result) => `resolved to ${result}`,
      (error: unknown) => error,
    )
    expect(
      outcome,
      typeof outcome === 'string'
        ? `the close failed and withConnection ${outcome} anyway: the close's error reaches the caller, as \`await using\` lets it`
        : undefined,
    ).toBe(failure)
  })

  it('6.5 rejects with a SuppressedError of both when the work and then the close fail', async () => {
    const workFailure = new Error('query failed')
    const closeFailure = new Error('the connection would not close')
    const value = {
      async [Symbol.asyncDispose]() {
        throw closeFailure
      },
    }
    const outcome = await withConnection(
      async () => value,
      async () => {
        throw workFailure
      },
    ).then(
      () => 'resolved',
      (error: unknown) => error,
    )
    expect(
      outcome,
      outcome === closeFailure
        ? "the work failed, then the close, and only the close's error came out: the work's was lost, because a finally that throws replaces the error it was handling; `await using` throws a SuppressedError that carries both"
        : outcome === workFailure
          ? "the work failed, then the close, and only the work's error came out: the close's was lost; `await using` throws a SuppressedError that carries both"
          : undefined,
    ).toBeInstanceOf(SuppressedError)
    expect(
      (outcome as SuppressedError).error,
      "the SuppressedError's error is the close's (the later one)",
    ).toBe(closeFailure)
    expect(
      (outcome as SuppressedError).suppressed,
      "the SuppressedError's suppressed is the work's (the one the close interrupted)",
    ).toBe(workFailure)
  })

  it('6.4 rejects with the error of a failing connect, and never calls work', async () => {
    const failure = new Error('the database is down')
    let worked = false
    const outcome = await withConnection(
      async (): Promise<AsyncDisposable> => {
        throw failure
      },
      async () => {
        worked = true
      },
    ).then(
      () => 'resolved',
      (error: unknown) => error,
    )
    expect(
      outcome,
      outcome instanceof TypeError
        ? `connect failed, and what came out was a TypeError from closing a connection that was never made (${outcome.message}): connect before the block that closes, as \`await using connection = await connect()\` does, so its error reaches the caller`
        : 'connect failed: withConnection rejects with its error',
    ).toBe(failure)
    expect(worked, 'there is no connection to work with: work must not run').toBe(false)
  })
})

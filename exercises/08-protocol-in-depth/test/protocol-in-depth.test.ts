import { collect, infiniteSource, spySource } from '@iterlings/testing'
import { beforeEach, describe, expect, it } from 'vitest'
import { Countdown, drain, guessingGame, peekable, readLines, type TextFile } from '../src/index.ts'

const done = { done: true, value: undefined }

/** What a source whose next() breaks throws. */
const sourceFailure = new Error("the source's next() failed")

/** Every value of `iterator`, read with its own next() (not through [Symbol.iterator]()). */
function nextAll<T>(iterator: Iterator<T>, limit = 1_000): T[] {
  const values: T[] = []
  for (let result = iterator.next(); !result.done; result = iterator.next()) {
    values.push(result.value)
    if (values.length > limit) throw new Error(`more than ${limit} values: is it ever done?`)
  }
  return values
}

/** What `run` throws, with a flag, so that even `throw undefined` shows up. */
function thrownBy(run: () => unknown): { threw: boolean; error?: unknown } {
  try {
    run()
    return { threw: false }
  } catch (error) {
    return { threw: true, error }
  }
}

describe('1. drain', () => {
  function* steps() {
    yield 'mix'
    yield 'bake'
    return 'cake'
  }

  it('1.1 returns every value and the return value', () => {
    const { values } = drain(steps())
    expect(
      values,
      (values as string[]).includes('cake')
        ? 'the return value ended up among the values: push a value only after checking that its result is not done'
        : 'values holds every yielded value, in order',
    ).toEqual(['mix', 'bake'])
    expect(drain(steps())).toEqual({ values: ['mix', 'bake'], result: 'cake' })
  })

  it('1.2 keeps the return value, which for...of and spread throw away', () => {
    expect(
      drain(steps()).result,
      'the return value is the `value` of the one result whose `done` is true: keep it from that call (for...of drops it, and a finished generator answers undefined if you ask again)',
    ).toBe('cake')
  })

  it('1.2 gives undefined as the result of an array iterator', () => {
    expect(drain(['a'][Symbol.iterator]())).toEqual({ values: ['a'], result: undefined })
  })

  it('1.3 keeps yielded values that are undefined, null or 0', () => {
    const { values } = drain([undefined, null, 0][Symbol.iterator]())
    expect(values, 'look at `done` to find the end, not at `value`').toEqual([undefined, null, 0])
  })

  it('1.3 reads on past a result that leaves done out', () => {
    let count = 0
    const terse: Iterator<number, string> = {
      // `done` may be left out: a result without it is not the end.
      next: () =>
        count < 2
          ? ({ value: ++count } as IteratorResult<number, string>)
          : { done: true, value: 'end' },
    }
    expect(
      drain(terse),
      'a result without `done` is not the end: test `if (step.done)`, not `step.done === false`',
    ).toEqual({ values: [1, 2], result: 'end' })
  })

  it('1.3 reads done by truthiness, as for...of does: done: 1 ends, done: 0 does not', () => {
    const results = [
      { done: 0, value: 'a' },
      { done: 1, value: 'end' },
      { done: true, value: 'too late' },
    ]
    let position = 0
    const loose = {
      next: () => results[position++] ?? { done: true, value: 'too late' },
    } as unknown as Iterator<string, string>
    expect(
      drain(loose),
      'done: 1 is the end, as for...of reads it (by truthiness): test `if (step.done)`, not `step.done === true`',
    ).toEqual({ values: ['a'], result: 'end' })
  })

  it('1.4 pulls each value once, plus the one call that says done, and closes nothing', () => {
    const source = spySource([1, 2, 3])
    drain(source[Symbol.iterator]())
    expect(source).toHavePulled(4)
    expect(
      source,
      'the iterator finished by itself: there is nothing to close, so drain never calls return()',
    ).not.toBeClosed()
  })

  it('1.4 lets an error from next() out, and does not close that iterator', () => {
    const source = spySource([1, 2, 3], { fail: { after: 1, error: sourceFailure } })
    expect(() => drain(source[Symbol.iterator]())).toThrow(sourceFailure)
    expect(
      source,
      "the iterator's own next() threw, so it is finished: do not call its return()",
    ).not.toBeClosed()
  })
})

describe('2. Countdown', () => {
  it('2.1 counts down to 1, then returns "liftoff"', () => {
    const countdown = new Countdown(3)
    const results = [countdown.next(), countdown.next(), countdown.next(), countdown.next()]
    expect(
      results,
      '"liftoff" is the return value, so it comes with done: true, after the last number',
    ).toEqual([
      { done: false, value: 3 },
      { done: false, value: 2 },
      { done: false, value: 1 },
      { done: true, value: 'liftoff' },
    ])
  })

  it('2.1 is iterable: for...of and spread read the numbers only', () => {
    expect(
      [...new Countdown(3)],
      'spread reads the values and drops the return value: "liftoff" must not be one of the values',
    ).toEqual([3, 2, 1])
  })

  it('2.2 gives "liftoff" once, then done with undefined, as a generator does', () => {
    const countdown = new Countdown(0)
    expect(countdown.next()).toEqual({ done: true, value: 'liftoff' })
    expect(
      [countdown.next(), countdown.next()],
      'after its return value, a finished iterator answers { done: true, value: undefined }: remember that it has finished',
    ).toEqual([done, done])
  })

  it('2.3 refuses a start that is not a whole number >= 0, and shows it', () => {
    for (const start of [-1, 1.5, NaN, Infinity]) {
      expect(
        () => new Countdown(start),
        `new Countdown(${start}) must throw a RangeError: check Number.isInteger(start) && start >= 0`,
      ).toThrow(RangeError)
      expect(
        () => new Countdown(start),
        `say in the message which start was refused: it should show ${start}`,
      ).toThrow(String(start))
    }
  })

  it('2.3 accepts 0 as a start', () => {
    expect(
      () => new Countdown(0),
      '0 is a whole number >= 0: a countdown from 0 returns "liftoff" at once',
    ).not.toThrow()
  })

  it('2.4 return(value) hands the value back', () => {
    const countdown = new Countdown(5)
    countdown.next()
    expect(countdown.return?.('abort'), 'return(value) answers { done: true, value }').toEqual({
      done: true,
      value: 'abort',
    })
    expect(
      countdown.return?.(),
      'with no argument, return() answers { done: true, value: undefined }',
    ).toEqual(done)
  })

  it('2.4 return(value) hands the value back after the end too', () => {
    const countdown = new Countdown(0)
    countdown.next()
    expect(
      countdown.return?.('late'),
      'a finished generator answers return(value) with { done: true, value } too',
    ).toEqual({
      done: true,
      value: 'late',
    })
  })

  it('2.5 return() ends it for good', () => {
    const countdown = new Countdown(5)
    countdown.next()
    countdown.return?.('abort')
    expect(
      [countdown.next(), countdown.next()],
      'after return(), the countdown is finished: no more numbers, and no "liftoff" either',
    ).toEqual([done, done])
  })

  it('2.5 is closed by a for...of that breaks', () => {
    const countdown = new Countdown(5)
    for (const n of countdown) if (n === 4) break
    expect(
      countdown.next(),
      'break calls return(): after it, the countdown must stay finished',
    ).toEqual(done)
  })

  it('2.6 throw(error) throws that same error back', () => {
    const countdown = new Countdown(5)
    const boom = new Error('boom')
    const outcome = thrownBy(() => countdown.throw?.(boom))
    expect(
      outcome,
      outcome.threw
        ? 'throw(error) must throw the very error it was given'
        : 'throw(error) returned instead of throwing: a hand-written iterator has nowhere to catch the error, so throw it back out',
    ).toEqual({ threw: true, error: boom })
  })

  it('2.6 throw() throws even undefined as it is, also after the end', () => {
    const countdown = new Countdown(0)
    countdown.next()
    expect(
      thrownBy(() => countdown.throw?.(undefined)),
      'throw(error) throws `error` itself, whatever it is: do not swap a missing error for a new Error()',
    ).toEqual({ threw: true, error: undefined })
  })

  it('2.6 throw() throws the error it is given also after return()', () => {
    const countdown = new Countdown(5)
    countdown.next()
    countdown.return?.()
    const boom = new Error('boom')
    expect(
      thrownBy(() => countdown.throw?.(boom)),
      'a countdown stopped by return() still throws the error given to throw(), as a finished generator does: do not answer done instead',
    ).toEqual({ threw: true, error: boom })
  })

  it('2.7 throw() ends it for good', () => {
    const countdown = new Countdown(5)
    thrownBy(() => countdown.throw?.(new Error('boom')))
    expect(
      [countdown.next(), countdown.next()],
      'after throw(), the countdown is finished: every next() is done',
    ).toEqual([done, done])
  })
})

describe('3. readLines', () => {
  type FakeFile = TextFile & { calls: string[] }
  let file: FakeFile

  /** A fake file that records each call, so a test can see what was opened, read and closed. */
  function fakeFile(lines: string[], failOn?: 'open' | 'read' | 'close'): FakeFile {
    const calls: string[] = []
    let position = 0
    return {
      calls,
      open() {
        calls.push('open')
        if (failOn === 'open') throw new Error('cannot open')
      },
      readLine() {
        calls.push('read')
        if (failOn === 'read' && position === 1) throw new Error('disk error')
        return position < lines.length ? (lines[position++] as string) : null
      },
      close() {
        calls.push('close')
        if (failOn === 'close') throw new Error('cannot close')
      },
    }
  }

  const closes = (of: FakeFile = file) => of.calls.filter((call) => call === 'close').length

  beforeEach(() => {
    file = fakeFile(['first', 'second'])
  })

  it('3.1 yields every line, in order', () => {
    expect(collect(readLines(file))).toEqual(['first', 'second'])
  })

  it('3.1 yields an empty line, which is not the end of the file', () => {
    const lines = collect(readLines(fakeFile(['a', '', 'b'])))
    expect(
      lines,
      "'' is an empty line, not the end: only null ends the file (`while (line)` stops at '' as well)",
    ).toEqual(['a', '', 'b'])
  })

  it('3.2 returns how many lines there were', () => {
    expect(
      drain(readLines(file)),
      'return the count at the end: the last result is { done: true, value: count }',
    ).toEqual({ values: ['first', 'second'], result: 2 })
  })

  it('3.2 answers an early return(v) with v, not with the count', () => {
    const lines = readLines(file)
    lines.next()
    expect(
      lines.return(99),
      'return(v) on a started generator answers { done: true, value: v }: do not `return count` from a finally, which replaces v (and swallows errors)',
    ).toEqual({ done: true, value: 99 })
  })

  it('3.3 opens the file only at the first next(), and reads one line', () => {
    const lines = readLines(file)
    expect(
      file.calls,
      'nothing may touch the file before the first next(): do the work inside the generator body',
    ).toEqual([])
    lines.next()
    expect(
      file.calls,
      'the first next() needs one line: read each line when it is asked for, not all of them first',
    ).toEqual(['open', 'read'])
  })

  it('3.3 never reads after the end of the file', () => {
    const lines = readLines(file)
    collect(lines)
    expect(
      file.calls.filter((call) => call === 'read').length,
      'two lines take three reads, the last one giving null: stop at the first null from readLine()',
    ).toBe(3)
    const calls = [...file.calls]
    lines.next()
    expect(file.calls, 'a finished reading touches the file no more').toEqual(calls)
  })

  it('3.4 closes the file when a for...of breaks', () => {
    for (const line of readLines(file)) if (line === 'first') break
    expect(
      closes(),
      'a break calls return(): put close() in a finally block so it runs then too',
    ).toBe(1)
  })

  it('3.4 closes the file when return() is called', () => {
    const lines = readLines(file)
    lines.next()
    expect(lines.return(7), 'return(7) finishes the generator with 7').toEqual({
      done: true,
      value: 7,
    })
    expect(closes(), 'return() stops the reading early: the finally must close the file').toBe(1)
  })

  it('3.4 closes the file when throw() is called', () => {
    const lines = readLines(file)
    lines.next()
    thrownBy(() => lines.throw(new Error('boom')))
    expect(closes(), 'throw() ends the reading too: the finally must close the file').toBe(1)
  })

  it('3.4 closes the file when reading fails', () => {
    file = fakeFile(['first', 'second'], 'read')
    thrownBy(() => collect(readLines(file)))
    expect(closes(), 'a failed read must still close the file').toBe(1)
  })

  it('3.5 closes the file once when every line has been read', () => {
    collect(readLines(file))
    expect(
      closes(),
      closes() === 0
        ? 'close the file when the lines run out'
        : 'the file was closed more than once: one close() in a finally covers every ending, the last line included',
    ).toBe(1)
  })

  it('3.6 does not close a file that failed to open', () => {
    file = fakeFile(['first'], 'open')
    expect(() => readLines(file).next()).toThrow('cannot open')
    expect(
      closes(),
      'open() threw, so there is nothing to close: call open() before the try, not inside it',
    ).toBe(0)
  })

  it('3.7 lets errors out: a failed read, throw() and a failed close', () => {
    const failing = fakeFile(['first', 'second'], 'read')
    expect(
      () => collect(readLines(failing)),
      'do not catch and hide the error: let it out',
    ).toThrow('disk error')

    const lines = readLines(file)
    lines.next()
    const boom = new Error('boom')
    expect(() => lines.throw(boom), 'the error passed to throw() must reach the caller').toThrow(
      boom,
    )

    expect(
      () => collect(readLines(fakeFile(['only'], 'close'))),
      'an error from close() must reach the caller too',
    ).toThrow('cannot close')
  })

  it('3.8 opens and closes nothing when return() comes before the first next()', () => {
    const lines = readLines(file)
    lines.return(0)
    expect(
      file.calls,
      file.calls.includes('open')
        ? 'readLines() opened the file before the first next(): open it inside the generator body (3.3)'
        : 'the generator never started, so the file was never opened: there is nothing to close (a generator that has not started skips its finally, which is right here)',
    ).toEqual([])
  })
})

describe('4. guessingGame', () => {
  it('4.1 starts with a prompt', () => {
    expect(guessingGame(7).next()).toEqual({ done: false, value: 'guess a number' })
  })

  it('4.1 ignores the argument of the first next()', () => {
    const game = guessingGame(7)
    expect(
      game.next(7),
      'the first next() only starts the generator: its argument goes nowhere, so it is not a guess',
    ).toEqual({ done: false, value: 'guess a number' })
    expect(game.next(7), 'so the first real guess is the second next()').toEqual({
      done: true,
      value: 1,
    })
  })

  it('4.2 answers each guess with the way to the secret', () => {
    const game = guessingGame(7)
    game.next()
    const hints = [game.next(3).value, game.next(9).value]
    expect(
      hints,
      'the hint tells the player where to go: "higher" for a guess below the secret, "lower" for one above it',
    ).toEqual(['higher', 'lower'])
  })

  it('4.3 returns the number of guesses when one is right', () => {
    const game = guessingGame(7)
    game.next()
    game.next(3)
    game.next(9)
    expect(
      game.next(7),
      'the right guess finishes the game at once: return the count, { done: true, value: guesses }',
    ).toEqual({ done: true, value: 3 })
    expect(game.next(7), 'a finished game stays finished').toEqual(done)
  })

  it('4.4 does not count a next() without a guess, and prompts again', () => {
    const game = guessingGame(7)
    game.next()
    expect(
      game.next(undefined as unknown as number).value,
      'a next() with no guess is not a guess: check `guess === undefined` first and answer with the prompt, "guess a number"',
    ).toBe('guess a number')
    expect(game.next(7), 'an empty next() is not a guess').toEqual({ done: true, value: 1 })
  })

  it('4.4 prompts again after a hint when no guess comes', () => {
    const game = guessingGame(7)
    game.next()
    game.next(3)
    const hint = game.next(undefined as unknown as number).value
    expect(
      hint,
      hint === 'higher'
        ? 'a next() with no guess gets the prompt "guess a number", not the last hint again'
        : 'a next() with no guess is not a guess: answer with the prompt, "guess a number"',
    ).toBe('guess a number')
  })

  it('4.5 counts 0 as a guess', () => {
    const game = guessingGame(0)
    game.next()
    expect(
      game.next(0),
      '0 is a guess: test `guess === undefined` for "no guess", not `!guess`',
    ).toEqual({ done: true, value: 1 })
  })

  it('4.5 counts NaN as a guess that is never right', () => {
    const game = guessingGame(4)
    game.next()
    expect(game.next(NaN).done, 'NaN is a guess, and never the secret').toBe(false)
    expect(game.next(4), 'NaN counted as a guess: the right one is the second').toEqual({
      done: true,
      value: 2,
    })
  })
})

describe('5. peekable', () => {
  it('5.1 yields the same values as its source', () => {
    expect(nextAll(peekable(['a', 'b', 'c']))).toEqual(['a', 'b', 'c'])
  })

  it('5.1 is iterable, and for...of gets a peeked value too', () => {
    const numbers = peekable([1, 2, 3])
    expect(numbers[Symbol.iterator]() === numbers, '[Symbol.iterator]() must return itself').toBe(
      true,
    )
    numbers.peek()
    const seen: number[] = []
    for (const n of numbers) seen.push(n)
    expect(
      seen,
      'for...of must read the peekable itself, peeked value first: [Symbol.iterator]() returns the peekable, not the source',
    ).toEqual([1, 2, 3])
  })

  it('5.2 peek() shows the next value without consuming it', () => {
    const letters = peekable(['a', 'b'])
    expect(letters.peek()).toEqual({ done: false, value: 'a' })
    expect(letters.next(), 'after a peek, next() must give the value peek() showed').toEqual({
      done: false,
      value: 'a',
    })
    expect(letters.next()).toEqual({ done: false, value: 'b' })
  })

  it('5.2 pulls the source once however often you peek', () => {
    const source = spySource([1, 2])
    const numbers = peekable(source)
    numbers.peek()
    numbers.peek()
    numbers.next()
    expect(
      source,
      source.pulls === 2 || source.pulls === 3
        ? 'remember the value you read ahead; do not pull again for it'
        : 'peek() and next() need one value here: pull one',
    ).toHavePulled(1)
  })

  it('5.3 opens the source once, when peekable() is called', () => {
    const source = spySource([1, 2])
    const numbers = peekable(source)
    expect(
      source.opens,
      'peekable() did not open the source: open it at the call, so that a return() before anything was read has a source to close',
    ).toBe(1)
    nextAll(numbers)
    expect(source.opens, 'keep the iterator you opened: do not open the source again').toBe(1)
  })

  it('5.3 throws a TypeError at the call for a value that is not iterable', () => {
    expect(
      () => peekable(42 as unknown as Iterable<number>),
      'peekable(42) must fail at once: opening the source at the call (iterable[Symbol.iterator]()) throws the TypeError',
    ).toThrow(TypeError)
  })

  it('5.4 pulls nothing until asked', () => {
    const source = spySource([1, 2])
    peekable(source)
    expect(source, 'peekable() itself must not read: wait for peek() or next()').toHavePulled(0)
  })

  it('5.4 works on an infinite source', () => {
    const numbers = peekable(infiniteSource())
    expect([numbers.peek().value, numbers.next().value, numbers.next().value]).toEqual([0, 0, 1])
  })

  it('5.5 keeps a peeked undefined, null or 0', () => {
    const values = peekable([undefined, null, 0])
    values.peek()
    expect(
      nextAll(values),
      'a peeked value can be undefined: keep "have I read ahead?" apart from the value',
    ).toEqual([undefined, null, 0])
  })

  it('5.6 answers done at the end, without pulling the finished source again', () => {
    const source = spySource([1])
    const numbers = peekable(source)
    numbers.next()
    expect(numbers.peek()).toEqual(done)
    expect(numbers.next()).toEqual(done)
    expect(numbers.peek()).toEqual(done)
    expect(source, 'once the source said done, do not ask it again').toHavePulled(2)
  })

  it('5.7 closes the source on a for...of break', () => {
    const source = spySource([1, 2, 3])
    for (const n of peekable(source)) if (n === 1) break
    expect(source).toBeClosedOnce()
  })

  it('5.7 return() closes the source even when a value was peeked', () => {
    const source = spySource([1, 2, 3])
    const numbers = peekable(source)
    numbers.peek()
    expect(numbers.return()).toEqual(done)
    expect(source, 'a peeked value is not the end: the source still needs closing').toBeClosedOnce()
  })

  it('5.7 return() closes the source before anything was read', () => {
    const source = spySource([1, 2, 3])
    peekable(source).return()
    expect(
      source,
      'an early stop closes the source, even before the first peek() or next()',
    ).toBeClosedOnce()
  })

  it("5.7 calls the source's return() with no argument", () => {
    const passed: unknown[][] = []
    let position = 0
    const source: Iterable<number> = {
      [Symbol.iterator]: () => ({
        next: () => (position < 3 ? { done: false, value: position++ } : { done: true, value: 3 }),
        return: (...args: unknown[]) => {
          passed.push(args)
          return { done: true, value: undefined }
        },
      }),
    }
    const numbers = peekable(source)
    numbers.next()
    ;(numbers.return as (value?: unknown) => unknown)('ignored')
    expect(
      passed,
      passed.length === 0
        ? "return() never called the source's return(): it closes the source"
        : "the source's return() was handed an argument: call it with none, as for...of does",
    ).toEqual([[]])
  })

  it('5.8 return() closes the source once, and never a finished one', () => {
    const twice = spySource([1, 2])
    const first = peekable(twice)
    first.next()
    first.return()
    first.return()
    expect(
      twice,
      twice.returns === 0
        ? 'return() never closed the source (5.7)'
        : 'close the source once, not on every return()',
    ).toBeClosedOnce()

    const finished = spySource([1])
    const second = peekable(finished)
    nextAll(second)
    second.return()
    expect(finished, 'the source already said done: it needs no closing').not.toBeClosed()
  })

  it('5.9 is done after return(), even when a value was peeked', () => {
    const numbers = peekable([1, 2, 3])
    numbers.peek()
    numbers.return()
    expect(
      [numbers.peek(), numbers.next()],
      'after return(), the peekable is finished: drop the value you had peeked',
    ).toEqual([done, done])
  })

  it('5.10 return() works on a source without a return() method, such as an array iterator', () => {
    const numbers = peekable(spySource([1, 2, 3], { closable: false }))
    numbers.next()
    expect(
      () => numbers.return(),
      'return() is optional on an iterator: call it as source.return?.()',
    ).not.toThrow()
    expect(numbers.next().done, 'after return(), next() is done').toBe(true)
  })

  it("5.11 lets the source's error out, and then does not close that source", () => {
    const source = spySource([1, 2, 3], { fail: { after: 0, error: sourceFailure } })
    const numbers = peekable(source)
    expect(() => numbers.peek(), "the source's error reaches the caller").toThrow(sourceFailure)
    numbers.return()
    expect(
      source,
      "the source's own next() threw, so it is finished: remember that, and do not call its return()",
    ).not.toBeClosed()
  })

  it("5.11 answers done after the source's error, without asking the source again", () => {
    const source = spySource([1, 2, 3], { fail: { after: 1, error: sourceFailure } })
    const numbers = peekable(source)
    numbers.next()
    expect(() => numbers.next(), "the source's error reaches the caller").toThrow(sourceFailure)
    expect(
      [numbers.peek(), numbers.next()],
      "after the source's error, peek() and next() answer { done: true, value: undefined }",
    ).toEqual([done, done])
    expect(
      source,
      'the source threw, so it is finished: a later peek() or next() answers done without pulling it again',
    ).toHavePulled(2)
  })
})

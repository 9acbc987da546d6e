import { collect, infiniteSource, spySource } from '@iterlings/testing'
import { beforeEach, describe, expect, it } from 'vitest'
import { Countdown, drain, guessingGame, peekable, readLines, type TextFile } from '../src/index.ts'

describe('1. drain', () => {
  function* steps() {
    yield 'mix'
    yield 'bake'
    return 'cake'
  }

  it('returns every value and the return value', () => {
    expect(drain(steps())).toEqual({ values: ['mix', 'bake'], result: 'cake' })
  })

  it('keeps the return value, which for...of and spread throw away', () => {
    expect(
      drain(steps()).result,
      'the return value is the `value` of the one result whose `done` is true: keep it from that call',
    ).toBe('cake')
  })

  it('gives undefined as the result of an array iterator', () => {
    expect(drain(['a'][Symbol.iterator]())).toEqual({ values: ['a'], result: undefined })
  })

  it('keeps yielded values that are undefined, null or 0', () => {
    const { values } = drain([undefined, null, 0][Symbol.iterator]())
    expect(values, 'look at `done` to find the end, not at `value`').toEqual([undefined, null, 0])
  })

  it('pulls each value once, plus the one call that says done', () => {
    const source = spySource([1, 2, 3])
    drain(source[Symbol.iterator]())
    expect(source).toHavePulled(4)
    expect(source, 'the iterator finished by itself: there is nothing to close').not.toBeClosed()
  })
})

describe('2. Countdown', () => {
  it('counts down to 1, then returns "liftoff"', () => {
    const countdown = new Countdown(3)
    const results = [countdown.next(), countdown.next(), countdown.next(), countdown.next()]
    expect(results).toEqual([
      { done: false, value: 3 },
      { done: false, value: 2 },
      { done: false, value: 1 },
      { done: true, value: 'liftoff' },
    ])
  })

  it('gives "liftoff" once, then done with undefined, as a generator does', () => {
    const countdown = new Countdown(0)
    expect(countdown.next()).toEqual({ done: true, value: 'liftoff' })
    expect(
      countdown.next(),
      'after its return value, a finished iterator answers { done: true, value: undefined }',
    ).toEqual({ done: true, value: undefined })
  })

  it('is iterable: for...of and spread read it', () => {
    expect([...new Countdown(3)]).toEqual([3, 2, 1])
  })

  it('refuses a start that is not a whole number >= 0', () => {
    for (const start of [-1, 1.5, NaN]) {
      expect(() => new Countdown(start), `new Countdown(${start})`).toThrow(RangeError)
      expect(
        () => new Countdown(start),
        `say in the message which start was refused: it should show ${start}`,
      ).toThrow(String(start))
    }
  })

  it('return(value) ends it and hands the value back', () => {
    const countdown = new Countdown(5)
    countdown.next()
    expect(countdown.return?.('abort'), 'return(value) answers { done: true, value }').toEqual({
      done: true,
      value: 'abort',
    })
    expect(countdown.next(), 'after return(), every next() is done').toEqual({
      done: true,
      value: undefined,
    })
  })

  it('is closed by a for...of that breaks', () => {
    const countdown = new Countdown(5)
    for (const n of countdown) if (n === 4) break
    expect(
      countdown.next().done,
      'break calls return(): after it, the countdown must stay finished',
    ).toBe(true)
  })

  it('throw(error) ends it and throws the error back', () => {
    const countdown = new Countdown(5)
    const boom = new Error('boom')
    expect(() => countdown.throw?.(boom), 'throw(error) must throw that same error').toThrow(boom)
    expect(countdown.next(), 'after throw(), every next() is done').toEqual({
      done: true,
      value: undefined,
    })
  })
})

describe('3. readLines', () => {
  let file: TextFile & { calls: string[] }

  /** A fake file with two lines that records each call, so a test can see what was opened and closed. */
  function fakeFile(lines: string[], failOn?: 'open' | 'read'): TextFile & { calls: string[] } {
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
      },
    }
  }

  const closes = () => file.calls.filter((call) => call === 'close').length

  beforeEach(() => {
    file = fakeFile(['first', 'second'])
  })

  it('yields every line and returns how many there were', () => {
    expect(drain(readLines(file))).toEqual({ values: ['first', 'second'], result: 2 })
  })

  it('opens the file only at the first next()', () => {
    const lines = readLines(file)
    expect(file.calls, 'nothing may touch the file before the first next()').toEqual([])
    lines.next()
    expect(file.calls).toEqual(['open', 'read'])
  })

  it('closes the file once when every line has been read', () => {
    collect(readLines(file))
    expect(closes(), 'close the file when the lines run out').toBe(1)
  })

  it('closes the file when a for...of breaks', () => {
    for (const line of readLines(file)) if (line === 'first') break
    expect(
      closes(),
      'a break calls return(): put close() in a finally block so it runs then too',
    ).toBe(1)
  })

  it('closes the file when return() is called', () => {
    const lines = readLines(file)
    lines.next()
    expect(lines.return(7), 'return(7) finishes the generator with 7').toEqual({
      done: true,
      value: 7,
    })
    expect(closes()).toBe(1)
  })

  it('closes the file when throw() is called, and lets the error out', () => {
    const lines = readLines(file)
    lines.next()
    const boom = new Error('boom')
    expect(() => lines.throw(boom), 'do not catch and hide the error: let it out').toThrow(boom)
    expect(closes()).toBe(1)
  })

  it('closes the file when reading fails, and lets the error out', () => {
    file = fakeFile(['first', 'second'], 'read')
    expect(() => collect(readLines(file))).toThrow('disk error')
    expect(closes(), 'a failed read must still close the file').toBe(1)
  })

  it('does not close a file that failed to open', () => {
    file = fakeFile(['first'], 'open')
    expect(() => readLines(file).next()).toThrow('cannot open')
    expect(
      closes(),
      'open() threw, so there is nothing to close: call open() before the try, not inside it',
    ).toBe(0)
  })

  it('never reads after the end of the file', () => {
    collect(readLines(file))
    expect(file.calls, 'stop at the first null from readLine()').toEqual([
      'open',
      'read',
      'read',
      'read',
      'close',
    ])
  })
})

describe('4. guessingGame', () => {
  it('starts with a prompt', () => {
    expect(guessingGame(7).next()).toEqual({ done: false, value: 'guess a number' })
  })

  it('answers each guess sent with next(guess)', () => {
    const game = guessingGame(7)
    game.next()
    expect(game.next(3).value, 'a guess below the secret gets "higher"').toBe('higher')
    expect(game.next(9).value, 'a guess above the secret gets "lower"').toBe('lower')
  })

  it('returns the number of guesses when one is right', () => {
    const game = guessingGame(7)
    game.next()
    game.next(3)
    game.next(9)
    expect(
      game.next(7),
      'the right guess finishes the game: { done: true, value: guesses }',
    ).toEqual({ done: true, value: 3 })
    expect(game.next(7).done, 'a finished game stays finished').toBe(true)
  })

  it('ignores the argument of the first next()', () => {
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

  it('does not count a next() without a guess', () => {
    const game = guessingGame(7)
    game.next()
    expect(game.next(undefined as unknown as number).value).toBe('guess a number')
    expect(game.next(7), 'an empty next() is not a guess').toEqual({ done: true, value: 1 })
  })
})

describe('5. peekable', () => {
  it('yields the same values as its source', () => {
    expect(collect(peekable(['a', 'b', 'c']))).toEqual(['a', 'b', 'c'])
  })

  it('pulls nothing until asked', () => {
    const source = spySource([1, 2])
    peekable(source)
    expect(source).toHavePulled(0)
  })

  it('peek() shows the next value without consuming it', () => {
    const letters = peekable(['a', 'b'])
    expect(letters.peek()).toEqual({ done: false, value: 'a' })
    expect(letters.next(), 'after a peek, next() must give the value peek() showed').toEqual({
      done: false,
      value: 'a',
    })
    expect(letters.next()).toEqual({ done: false, value: 'b' })
  })

  it('pulls the source once however often you peek', () => {
    const source = spySource([1, 2])
    const numbers = peekable(source)
    numbers.peek()
    numbers.peek()
    numbers.next()
    expect(source, 'remember the value you read ahead; do not pull again for it').toHavePulled(1)
  })

  it('keeps a peeked undefined, null or 0', () => {
    const values = peekable([undefined, null, 0])
    values.peek()
    expect(
      collect(values),
      'a peeked value can be undefined: keep "have I read ahead?" apart from the value',
    ).toEqual([undefined, null, 0])
  })

  it('answers done at the end, without pulling the finished source again', () => {
    const source = spySource([1])
    const numbers = peekable(source)
    numbers.next()
    expect(numbers.peek()).toEqual({ done: true, value: undefined })
    expect(numbers.next()).toEqual({ done: true, value: undefined })
    expect(numbers.peek()).toEqual({ done: true, value: undefined })
    expect(source, 'once the source said done, do not ask it again').toHavePulled(2)
  })

  it('works on an infinite source', () => {
    const numbers = peekable(infiniteSource())
    expect([numbers.peek().value, numbers.next().value, numbers.next().value]).toEqual([0, 0, 1])
  })

  it('is iterable: for...of reads it, and closes the source on break', () => {
    const source = spySource([1, 2, 3])
    const numbers = peekable(source)
    expect(numbers[Symbol.iterator]() === numbers, '[Symbol.iterator]() must return itself').toBe(
      true,
    )
    for (const n of numbers) if (n === 1) break
    expect(source).toBeClosedOnce()
  })

  it('return() closes the source even when a value was peeked', () => {
    const source = spySource([1, 2, 3])
    const numbers = peekable(source)
    numbers.peek()
    expect(numbers.return()).toEqual({ done: true, value: undefined })
    expect(source, 'a peeked value is not the end: the source still needs closing').toBeClosedOnce()
    expect(numbers.next().done, 'after return(), next() is done').toBe(true)
  })

  it('return() works on a source without a return() method, such as an array iterator', () => {
    const numbers = peekable(spySource([1, 2, 3], { closable: false }))
    numbers.next()
    expect(
      () => numbers.return(),
      'return() is optional on an iterator: call it as source.return?.()',
    ).not.toThrow()
    expect(numbers.next().done, 'after return(), next() is done').toBe(true)
  })

  it('return() closes the source once, and never a finished one', () => {
    const twice = spySource([1, 2])
    const first = peekable(twice)
    first.return()
    first.return()
    expect(twice, 'close the source once, not on every return()').toBeClosedOnce()

    const finished = spySource([1])
    const second = peekable(finished)
    collect(second)
    second.return()
    expect(finished, 'the source already said done: do not close it').not.toBeClosed()
  })
})

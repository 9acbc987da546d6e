// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
// Iterator<T, TReturn, TNext>: T is what it yields, TReturn what it returns at the end, and
// TNext what next(value) accepts.
import { describe, expectTypeOf, it } from 'vitest'
import {
  Countdown,
  drain,
  guessingGame,
  peekable,
  readLines,
  type Peekable,
  type TextFile,
} from '../src/index.ts'

declare const file: TextFile

describe('1. drain', () => {
  it('1.2 drain keeps both the yield type and the return type', () => {
    function* steps(): Generator<string, number> {
      yield 'a'
      return 1
    }
    expectTypeOf(drain(steps())).toEqualTypeOf<{ values: string[]; result: number }>()
    expectTypeOf(drain(new Countdown(3))).toEqualTypeOf<{
      values: number[]
      result: string | undefined
    }>()
  })
})

describe('2. Countdown', () => {
  it('2.1 Countdown yields numbers, returns a string (or undefined) and takes nothing from next()', () => {
    expectTypeOf(new Countdown(3)).toExtend<Iterator<number, string | undefined, undefined>>()
    expectTypeOf(new Countdown(3)).toExtend<Iterable<number>>()
    expectTypeOf(new Countdown(3).next()).toEqualTypeOf<
      IteratorResult<number, string | undefined>
    >()
  })
})

describe('3. readLines', () => {
  it('3.2 readLines yields strings and returns the line count', () => {
    expectTypeOf(readLines(file)).toEqualTypeOf<Generator<string, number, undefined>>()
  })
})

describe('4. guessingGame', () => {
  it('4.2 guessingGame yields hints, returns a count and is sent numbers', () => {
    const game = guessingGame(7)
    expectTypeOf(game).toEqualTypeOf<Generator<string, number, number>>()
    expectTypeOf(game.next).parameters.toEqualTypeOf<[] | [number]>()
    // @ts-expect-error: the game takes numbers, not strings
    game.next('7')
  })
})

describe('5. peekable', () => {
  it('5.2 peekable keeps the element type in peek() and next()', () => {
    const letters = peekable(['a', 'b'])
    expectTypeOf(letters).toEqualTypeOf<Peekable<string>>()
    expectTypeOf(letters.peek()).toEqualTypeOf<IteratorResult<string, undefined>>()
    expectTypeOf(letters.next()).toEqualTypeOf<IteratorResult<string, undefined>>()
  })
})

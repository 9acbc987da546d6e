/**
 * Matchers for spy sources. Each failure message names the mistake a student most likely
 * made, in their words, instead of "expected 4 to be 3".
 */
import type { SourceSpy } from './sources.ts'

interface MatcherResult {
  pass: boolean
  message: () => string
}

interface MatcherState {
  isNot: boolean
}

function spyOf(received: unknown, matcher: string): SourceSpy<unknown> {
  const spy = received as Partial<SourceSpy<unknown>>
  if (typeof spy?.pulls !== 'number' || typeof spy.label !== 'string') {
    throw new TypeError(
      `${matcher} works on a spySource() or infiniteSource(), not on ${typeof received}`,
    )
  }
  return spy as SourceSpy<unknown>
}

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

/** "once", "2 times". */
const times = (count: number) => (count === 1 ? 'once' : plural(count, 'time'))

/** "1 was", "3 values were": a count (and its noun) with the verb that agrees. */
const were = (count: number, noun?: string) =>
  `${noun ? plural(count, noun) : count} ${count === 1 ? 'was' : 'were'}`

export const iterationMatchers = {
  /** The source was pulled exactly `expected` times. */
  toHavePulled(this: MatcherState, received: unknown, expected: number): MatcherResult {
    const spy = spyOf(received, 'toHavePulled')
    const { pulls, label } = spy
    return {
      pass: pulls === expected,
      message: () => {
        if (this.isNot)
          return `${label} should not have been pulled exactly ${plural(expected, 'time')}`
        if (pulls > expected) {
          return (
            `${were(pulls, 'value')} pulled from ${label}, but only ${were(expected)} needed: ` +
            'stop pulling as soon as you have what you need (pulling ahead breaks lazy and infinite sources)'
          )
        }
        return `only ${were(pulls, 'value')} pulled from ${label}, but ${were(expected)} needed`
      },
    }
  },

  /** The source was pulled no more than `limit` times. */
  toHavePulledAtMost(this: MatcherState, received: unknown, limit: number): MatcherResult {
    const { pulls, label } = spyOf(received, 'toHavePulledAtMost')
    return {
      pass: pulls <= limit,
      message: () =>
        this.isNot
          ? `${label} was pulled ${plural(pulls, 'time')}, expected more than ${limit}`
          : `${were(pulls, 'value')} pulled from ${label}, but at most ${were(limit)} needed: ` +
            'do not read ahead of what the caller asked for',
    }
  },

  /**
   * `[Symbol.iterator]()` was called on the source at least once. The negated failure says only
   * what happened: why it should not have, the test says (`expect(source, why)`), since that
   * depends on the function (a lazy one waits for the first next(); take(x, 0) needs no value).
   */
  toHaveBeenOpened(this: MatcherState, received: unknown): MatcherResult {
    const { opens, label } = spyOf(received, 'toHaveBeenOpened')
    return {
      pass: opens > 0,
      message: () =>
        this.isNot
          ? `${label} was opened: its [Symbol.iterator]() was called ${times(opens)}`
          : `${label} was never opened: call its [Symbol.iterator]() (a for...of loop does) to read from it`,
    }
  },

  /**
   * The source's `return()` was called: it was closed after an early stop. The negated failure
   * says only what happened; the test says why that source needed no closing (it ran out by
   * itself, its own next() threw, it was never opened).
   */
  toBeClosed(this: MatcherState, received: unknown): MatcherResult {
    const { returns, label } = spyOf(received, 'toBeClosed')
    return {
      pass: returns > 0,
      message: () =>
        this.isNot
          ? `${label} was closed: its return() was called ${times(returns)}`
          : `${label} was not closed: when you stop before a source is done, call its return() ` +
            '(a for...of loop does this for you when you break or return from inside it)',
    }
  },

  /** The source's `return()` was called exactly once. */
  toBeClosedOnce(this: MatcherState, received: unknown): MatcherResult {
    const { returns, label } = spyOf(received, 'toBeClosedOnce')
    return {
      pass: returns === 1,
      message: () =>
        returns === 0
          ? `${label} was not closed: when you stop before a source is done, call its return()`
          : `${label} was closed ${times(returns)}: close a source once, when you stop reading it`,
    }
  },
}

export interface IterationMatchers<R = unknown> {
  /** The spy source was pulled (`next()` called) exactly `expected` times. */
  toHavePulled(expected: number): R
  /** The spy source was pulled no more than `limit` times. */
  toHavePulledAtMost(limit: number): R
  /** The spy source was opened (`[Symbol.iterator]()` called). */
  toHaveBeenOpened(): R
  /** The spy source was closed (`return()` called). */
  toBeClosed(): R
  /** The spy source was closed exactly once. */
  toBeClosedOnce(): R
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any
  interface Matchers<T = any> extends IterationMatchers<T> {}
}

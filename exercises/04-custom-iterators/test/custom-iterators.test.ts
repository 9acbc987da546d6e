import { attempt, pull } from '@iterlings/testing'
import { describe, expect, it } from 'vitest'
import { LinkedList, MyNumbers, Range } from '../src/index.ts'

const READ_LIMIT = 1_000

/**
 * The values of a Range or list, read with a bound: one that never says done gives a sentence
 * instead of hanging the run, and the assertion's own message then says what went wrong.
 * No test below needs more than a few values.
 */
function valuesOf<T>(iterable: Iterable<T>): T[] | string {
  const values = pull(iterable, READ_LIMIT + 1)
  return values.length > READ_LIMIT ? `never done after ${READ_LIMIT} values` : values
}

/** The next `count` values of an iterator, by calling its next() alone: nothing opens it. */
function nextValues(iterator: Iterator<number>, count: number): number[] {
  return Array.from({ length: count }, () => iterator.next().value as number)
}

/** A list of the given values. */
function listOf<T>(...values: T[]): LinkedList<T> {
  const list = new LinkedList<T>()
  for (const value of values) list.push(value)
  return list
}

const sharedPosition =
  '`[Symbol.iterator]()` returned the same object twice, so two loops over one Range share a position: return a new iterator object on every call'

/**
 * Checks that an iterator is iterable the way built-in iterators are: its [Symbol.iterator]()
 * returns the iterator itself and changes nothing, so a for...of finishes what is left.
 */
function expectIterableIterator(iterator: Iterator<unknown>, rest: unknown[]) {
  const open = (iterator as Partial<Iterable<unknown>>)[Symbol.iterator]
  expect(
    typeof open,
    'the iterator has no [Symbol.iterator](): give it one that returns `this`, as built-in iterators do, so for...of and spread accept it',
  ).toBe('function')
  const reopened = (open as () => unknown).call(iterator)
  expect(
    reopened === iterator,
    'the iterator’s [Symbol.iterator]() must return the iterator itself: a fresh one (or a restarted one) is what the iterable gives, not the iterator',
  ).toBe(true)
  expect(
    valuesOf(iterator as IterableIterator<unknown>),
    'opening the iterator again must change nothing: a for...of over a half-read iterator finishes what is left',
  ).toEqual(rest)
}

describe('1. MyNumbers', () => {
  it('1.1 counts 1, 2, 3, 4, 5 from a fresh MyNumbers', () => {
    expect(nextValues(new MyNumbers(), 5), 'MyNumbers counts from 1, as the seed does').toEqual([
      1, 2, 3, 4, 5,
    ])
  })

  it('1.1 gives 1 from next() even before [Symbol.iterator]() is called', () => {
    const { value } = new MyNumbers().next()
    expect(
      value,
      'a fresh MyNumbers should already be at 1: give the field its starting value where you declare it (#a = 1), not only in [Symbol.iterator]() as Python does in __iter__',
    ).toBe(1)
  })

  it('1.1, 1.5 the seed: [Symbol.iterator]() once, then next() prints 1, 2, 3, 4, 5', () => {
    const myclass = new MyNumbers()
    const myiter = myclass[Symbol.iterator]()
    const printed = [1, 2, 3, 4, 5].map(() => myiter.next().value)
    expect(printed).toEqual([1, 2, 3, 4, 5])
  })

  it('1.2 returns a result object { done: false, value } from next()', () => {
    const result: unknown = new MyNumbers().next()
    expect(
      typeof result,
      'next() must return a result object: JavaScript wraps each value, where Python returns it bare',
    ).toBe('object')
    expect(
      Object.hasOwn(result as object, 'done'),
      'write done: false out in every result, as built-in iterators do: { value } alone leaves readers guessing',
    ).toBe(true)
    expect(result).toEqual({ done: false, value: expect.any(Number) })
  })

  it('1.3 never says done: it counts on forever', () => {
    const numbers = nextValues(new MyNumbers(), 1_000)
    expect(
      numbers.length,
      'MyNumbers stopped by itself: it is infinite, so next() always answers done: false',
    ).toBe(1_000)
    expect(numbers.at(-1), 'the 1000th number should be 1000').toBe(1_000)
  })

  it('1.4 returns itself from [Symbol.iterator](), as __iter__ returns self', () => {
    const numbers = new MyNumbers()
    expect(
      numbers[Symbol.iterator]() === numbers,
      "[Symbol.iterator]() should return `this`: MyNumbers is its own iterator, as the seed's __iter__ returns self",
    ).toBe(true)
  })

  it('1.5 starts again at 1 each time [Symbol.iterator]() is called', () => {
    const numbers = new MyNumbers()
    pull(numbers, 3)
    const again = pull(numbers, 2)
    expect(
      again,
      again[0] === 4
        ? "[Symbol.iterator]() must reset the count to 1, as the seed's __iter__ sets self.a = 1: a second loop starts again"
        : '[Symbol.iterator]() must make the next value 1: count from where you reset, returning the number before you add one',
    ).toEqual([1, 2])
  })

  it('1.6 keeps a count of its own in every MyNumbers', () => {
    const first = new MyNumbers()
    const second = new MyNumbers()
    const [one, two] = nextValues(first, 2) as [number, number]
    expect(
      second.next().value,
      'a second MyNumbers must start where the first started, whatever the first has done since: keep the count in a field (#a), not in a variable outside the class',
    ).toBe(one)
    second[Symbol.iterator]()
    expect(first.next().value, 'restarting one MyNumbers must not restart another').toBe(two + 1)
  })
})

describe('2. Range', () => {
  it('2.1 counts from 0 up to, not including, the one argument: new Range(5)', () => {
    expect(
      valuesOf(new Range(5)),
      'new Range(5) is 0, 1, 2, 3, 4: a single argument is the stop, and the start is 0',
    ).toEqual([0, 1, 2, 3, 4])
  })

  it('2.1 takes a stop of 0 as a stop: new Range(-3, 0) and new Range(-6, 0, 2)', () => {
    expect(
      [valuesOf(new Range(-3, 0)), valuesOf(new Range(-6, 0, 2))],
      'a stop of 0 is a stop like any other: only a missing stop (undefined) means the one-argument form; `stop ? … : …` mistakes 0 for missing',
    ).toEqual([
      [-3, -2, -1],
      [-6, -4, -2],
    ])
  })

  it('2.1 takes an explicit undefined stop as left out', () => {
    const result = attempt(() => valuesOf(new Range(4, undefined, 2)))
    expect(
      result,
      'new Range(4, undefined, 2) is new Range(4) with a step of 2, as JavaScript treats an undefined argument as a missing one: test `stop === undefined`, not how many arguments were passed',
    ).toEqual({ threw: false, value: [0, 2] })
  })

  it('2.2 stops before stop: new Range(2, 6) is 2, 3, 4, 5', () => {
    expect(
      valuesOf(new Range(2, 6)),
      'stop is not included, as in Python: keep going while the value is < stop, not <= stop',
    ).toEqual([2, 3, 4, 5])
  })

  it('2.2 goes up by step: new Range(0, 10, 3) is 0, 3, 6, 9', () => {
    expect(
      valuesOf(new Range(0, 10, 3)),
      'add step each time, and stop once the value reaches or passes stop',
    ).toEqual([0, 3, 6, 9])
  })

  it('2.2 ends when a step jumps over stop: new Range(0, 5, 2) is 0, 2, 4', () => {
    expect(
      valuesOf(new Range(0, 5, 2)),
      'the values skip over stop (4, then 6): test whether you have passed stop (<), not whether you are exactly on it (!==)',
    ).toEqual([0, 2, 4])
  })

  it('2.3 counts down with a negative step: new Range(5, 0, -1) is 5, 4, 3, 2, 1', () => {
    expect(
      valuesOf(new Range(5, 0, -1)),
      'with a negative step the values go down: keep going while the value is > stop (not >=: stop is never included)',
    ).toEqual([5, 4, 3, 2, 1])
    expect(valuesOf(new Range(10, 0, -3))).toEqual([10, 7, 4, 1])
  })

  it.each([
    ['new Range(0)', () => new Range(0)],
    ['new Range(-3)', () => new Range(-3)],
    ['new Range(5, 2)', () => new Range(5, 2)],
    ['new Range(3, 3)', () => new Range(3, 3)],
    ['new Range(0, 5, -1)', () => new Range(0, 5, -1)],
  ])('2.4 is empty when start is already at or past stop: %s', (_, makeRange) => {
    expect(
      valuesOf(makeRange()),
      'start is already at or past stop in the direction of step, so the range has no values at all: check before you hand out the first value',
    ).toEqual([])
  })

  it('2.5 throws a RangeError for a step of 0, naming the step', () => {
    const result = attempt(() => new Range(0, 5, 0))
    if (!result.threw)
      throw new Error(
        'new Range(0, 5, 0) was accepted: a step of 0 never reaches stop, so throw a RangeError in the constructor (and do not swap 0 for 1 with `step || 1`)',
      )
    expect(result.error, 'throw a RangeError for a step of 0').toBeInstanceOf(RangeError)
    expect(
      (result.error as Error).message,
      'say what is wrong in the message: name the step, which must not be 0',
    ).toMatch(/step/i)
  })

  it.each([
    ['new Range(1.5)', 'stop', () => new Range(1.5)],
    ['new Range(0.5, 3)', 'start', () => new Range(0.5, 3)],
    ['new Range(0, 1, 0.1)', 'step', () => new Range(0, 1, 0.1)],
    ['new Range(Number.NaN)', 'stop', () => new Range(Number.NaN)],
    ['new Range(0, Infinity)', 'stop', () => new Range(0, Infinity)],
    ['new Range(2 ** 60)', 'stop', () => new Range(2 ** 60)],
    ['new Range(-(2 ** 60), 0)', 'start', () => new Range(-(2 ** 60), 0)],
    ['new Range(1.5, 5, 0)', 'start', () => new Range(1.5, 5, 0)],
  ])('2.6 throws a RangeError naming the argument for %s', (label, name, makeRange) => {
    const result = attempt(makeRange)
    if (!result.threw)
      throw new Error(
        label.includes('2 ** 60')
          ? `Range took a ${name} of ${label.includes('-') ? '-' : ''}2 ** 60: it is a whole number, but past 2 ** 53 adding 1 no longer changes a number, so the range would never end. Number.isSafeInteger refuses it, Number.isInteger does not`
          : `Range took a ${name} that is not a whole number: Python's range() refuses it, and so must Range (Number.isSafeInteger tells you), with a RangeError from the constructor`,
      )
    expect(result.error).toBeInstanceOf(RangeError)
    expect(
      (result.error as Error).message,
      label === 'new Range(1.5, 5, 0)'
        ? 'check the arguments in order, each a whole number first (start, stop, step), and the step of 0 after them: here the start is the first thing wrong'
        : `the message should name the argument that is wrong: the ${name}`,
    ).toMatch(new RegExp(name, 'i'))
  })

  it('2.7 gives a new iterator on every [Symbol.iterator]() call', () => {
    const range = new Range(3)
    const first = range[Symbol.iterator]()
    const second = range[Symbol.iterator]()
    expect(first === second, sharedPosition).toBe(false)
    first.next()
    first.next()
    expect(second.next().value, sharedPosition).toBe(0)
  })

  it('2.7 works in nested loops over the same Range', () => {
    const range = new Range(3)
    const pairs: string[] = []
    outer: for (const row of range) {
      for (const column of range) {
        pairs.push(`${row}${column}`)
        if (pairs.length > 9) break outer // a Range that never ends fails here, not hangs
      }
    }
    expect(pairs, sharedPosition).toEqual(['00', '01', '02', '10', '11', '12', '20', '21', '22'])
  })

  it('2.7 can be looped over again after a loop has finished', () => {
    const range = new Range(1, 4)
    valuesOf(range)
    expect(
      valuesOf(range),
      'the second loop over the same Range found nothing: each loop needs its own fresh iterator, with its position in a local variable',
    ).toEqual([1, 2, 3])
  })

  it('2.8 hands out iterators that are iterable themselves', () => {
    const iterator = new Range(4)[Symbol.iterator]()
    iterator.next()
    expectIterableIterator(iterator, [1, 2, 3])
  })
})

describe('3. Range length', () => {
  it.each([
    ['new Range(5)', () => new Range(5), 5, 'new Range(5) yields 0 to 4, which is 5 values'],
    ['new Range(2, 6)', () => new Range(2, 6), 4, 'stop is not included: 2, 3, 4, 5 is 4 values'],
    [
      'new Range(0, 10, 3)',
      () => new Range(0, 10, 3),
      4,
      '0, 3, 6, 9 is 4 values: when step does not divide the distance, round up (Math.ceil), not down',
    ],
    ['new Range(0, 9, 3)', () => new Range(0, 9, 3), 3, '0, 3, 6 is 3 values'],
  ])('3.1 is the number of values: %s', (_, makeRange, expected, message) => {
    expect(makeRange().length, message).toBe(expected)
  })

  it.each([
    [
      'new Range(5, 0, -1)',
      () => new Range(5, 0, -1),
      5,
      'with a negative step, (stop - start) and step are both negative: divide one by the other, and the length is positive',
    ],
    [
      'new Range(10, 0, -3)',
      () => new Range(10, 0, -3),
      4,
      '10, 7, 4, 1 is 4 values: a negative step needs the same rounding up',
    ],
    [
      'new Range(10, 1, -3)',
      () => new Range(10, 1, -3),
      3,
      '10, 7, 4 is 3 values: (stop - start + step - 1) / step rounds up only for a positive step; divide (stop - start) by step and round up with Math.ceil',
    ],
  ])('3.2 counts a negative step: %s', (_, makeRange, expected, message) => {
    expect(makeRange().length, message).toBe(expected)
  })

  it.each([
    ['new Range(-3)', () => new Range(-3)],
    ['new Range(5, 2)', () => new Range(5, 2)],
    ['new Range(0, 5, -1)', () => new Range(0, 5, -1)],
  ])('3.3 is 0, never negative, for an empty range: %s', (_, makeRange) => {
    const length = makeRange().length
    expect(
      length,
      length > 0
        ? 'an empty range has length 0: Math.abs() turns a range that runs the wrong way into one that has values'
        : 'an empty range has length 0: when start is already past stop, the formula goes negative, so do not let it go below 0',
    ).toBe(0)
  })

  it('3.4 is known without walking the range', () => {
    // Walking this Range is a test failure with its own message, instead of a slow count.
    class UnwalkableRange extends Range {
      override [Symbol.iterator](): IterableIterator<number> {
        throw new Error(
          'length walked the range to count its values: work it out from start, stop and step instead',
        )
      }
    }
    expect(new UnwalkableRange(0, 1_000_000, 2).length).toBe(500_000)
  })
})

describe('4. LinkedList', () => {
  it('4.1 is empty when nothing was pushed', () => {
    expect(valuesOf(new LinkedList<string>())).toEqual([])
  })

  it('4.1 yields the values in the order they were pushed', () => {
    const values = valuesOf(listOf('apple', 'banana', 'cherry'))
    expect(
      values,
      Array.isArray(values) && values[0] === 'cherry'
        ? 'the values came out backwards: push() appends at the end, after the last node, not in front of the first'
        : 'push() appends at the end: link the new node after the last one, move the last one on, and walk from the first',
    ).toEqual(['apple', 'banana', 'cherry'])
  })

  it('4.2 yields 0, an empty string and undefined, which are values too', () => {
    expect(
      valuesOf(listOf<number | string | undefined>(0, '', undefined, 4)),
      'the list ends where there is no next node: do not test the value itself, since 0, "" and undefined are values',
    ).toEqual([0, '', undefined, 4])
  })

  it('4.2 yields the last value with done: false, and done: true after it', () => {
    const iterator = listOf('a', 'b')[Symbol.iterator]()
    iterator.next()
    expect(
      iterator.next(),
      'the last value comes with done: false: a value that comes with done: true is thrown away by for...of and spread',
    ).toEqual({ done: false, value: 'b' })
    expect(iterator.next()).toEqual({ done: true, value: undefined })
  })

  it('4.3 works with spread, Array.from and destructuring', () => {
    const list = listOf(1, 2, 3)
    // Checked with a bound first, so a list that never ends fails here instead of hanging the spread.
    expect(pull(list, 4), 'the list should end after its three values').toEqual([1, 2, 3])
    const again =
      'a second read of the list found nothing: every read must start again at the first node'
    expect([...list], again).toEqual([1, 2, 3])
    expect(Array.from(list), again).toEqual([1, 2, 3])
    const [first, second] = list
    expect([first, second], again).toEqual([1, 2])
  })

  it('4.3 can be looped over again, and in nested loops', () => {
    const list = listOf('a', 'b')
    valuesOf(list)
    const pairs: string[] = []
    outer: for (const x of list) {
      for (const y of list) {
        pairs.push(x + y)
        if (pairs.length > 4) break outer
      }
    }
    expect(
      pairs,
      'each loop over the list needs its own position: keep it in the iterator that [Symbol.iterator]() makes, not on the list',
    ).toEqual(['aa', 'ab', 'ba', 'bb'])
  })

  it('4.3 shows values pushed after an earlier loop', () => {
    const list = listOf(1)
    valuesOf(list)
    list.push(2)
    expect(
      valuesOf(list),
      'a value pushed after a loop must show up in the next loop: update the last node and its link on every push',
    ).toEqual([1, 2])
  })

  it('4.4 sees a value pushed while a loop runs, even one pushed at the last value', () => {
    const list = listOf(1)
    const seen: number[] = []
    for (const value of list) {
      seen.push(value)
      if (value < 3) list.push(value + 1)
      if (seen.length > 5) break // a list that never ends fails here, not hangs
    }
    expect(
      seen,
      'a loop must see a value pushed before it ends, as a loop over an array does: walk the nodes, not a copy, and follow the last node’s link only when the next value is asked for',
    ).toEqual([1, 2, 3])
  })

  it('4.4 sees a value pushed after it was opened on an empty list', () => {
    const list = new LinkedList<string>()
    const iterator = list[Symbol.iterator]()
    list.push('late')
    expect(
      iterator.next(),
      'the iterator had not said done yet, so the value pushed since must come out, as from an array iterator: read the first node when next() is first called, not when the iterator is made',
    ).toEqual({ done: false, value: 'late' })
  })

  it('4.4 stays done once it has said done, as an array iterator does', () => {
    const list = listOf('a')
    const iterator = list[Symbol.iterator]()
    iterator.next()
    iterator.next()
    list.push('b')
    expect(
      iterator.next(),
      'this iterator had said done, then handed out a value pushed later: once done, stay done (an array iterator does), and leave the new value to a new loop',
    ).toEqual({ done: true, value: undefined })
    expect(valuesOf(list), 'a new loop sees every value').toEqual(['a', 'b'])
  })

  it('4.5 hands out iterators that are iterable themselves', () => {
    const iterator = listOf('a', 'b', 'c')[Symbol.iterator]()
    iterator.next()
    expectIterableIterator(iterator, ['b', 'c'])
  })
})

import { pull } from '@iterlings/testing'
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

const sharedPosition =
  '`[Symbol.iterator]()` returned the same object twice, so two loops over one Range share a position: return a new iterator object on every call'

describe('1. MyNumbers', () => {
  it('counts 1, 2, 3, 4, 5 from a fresh MyNumbers', () => {
    expect(pull(new MyNumbers(), 5), 'MyNumbers counts from 1, as the seed does').toEqual([
      1, 2, 3, 4, 5,
    ])
  })

  it('returns a result object { done: false, value } from next(), not the bare number', () => {
    const result: unknown = new MyNumbers()[Symbol.iterator]().next()
    expect(
      result,
      'next() must return { done: false, value: 1 }: JavaScript wraps each value in a result object, where Python returns it bare',
    ).toEqual({ done: false, value: 1 })
  })

  it('never says done: it counts on forever', () => {
    const numbers = pull(new MyNumbers(), 1_000)
    expect(
      numbers.length,
      'MyNumbers stopped by itself: it is infinite, so next() always answers done: false',
    ).toBe(1_000)
    expect(numbers.at(-1), 'the 1000th number should be 1000').toBe(1_000)
  })

  it('returns itself from [Symbol.iterator](), as __iter__ returns self', () => {
    const numbers = new MyNumbers()
    expect(
      numbers[Symbol.iterator]() === numbers,
      "[Symbol.iterator]() should return `this`: MyNumbers is its own iterator, as the seed's __iter__ returns self",
    ).toBe(true)
  })

  it('starts again at 1 each time [Symbol.iterator]() is called', () => {
    const numbers = new MyNumbers()
    pull(numbers, 3)
    expect(
      pull(numbers, 2),
      "[Symbol.iterator]() must reset the count to 1, as the seed's __iter__ sets self.a = 1: a second loop starts again",
    ).toEqual([1, 2])
  })

  it('gives 1 from next() even before [Symbol.iterator]() is called', () => {
    expect(
      new MyNumbers().next().value,
      'a fresh MyNumbers should already be at 1: give the field its starting value where you declare it (#a = 1)',
    ).toBe(1)
  })
})

describe('2. Range', () => {
  it('counts from 0 up to, not including, the one argument: new Range(5)', () => {
    expect(
      valuesOf(new Range(5)),
      'new Range(5) is 0, 1, 2, 3, 4: a single argument is the stop, and the start is 0',
    ).toEqual([0, 1, 2, 3, 4])
  })

  it('stops before stop: new Range(2, 6) is 2, 3, 4, 5', () => {
    expect(
      valuesOf(new Range(2, 6)),
      'stop is not included, as in Python: keep going while the value is < stop, not <= stop',
    ).toEqual([2, 3, 4, 5])
  })

  it('goes up by step: new Range(0, 10, 3) is 0, 3, 6, 9', () => {
    expect(
      valuesOf(new Range(0, 10, 3)),
      'add step each time, and stop once the value reaches or passes stop',
    ).toEqual([0, 3, 6, 9])
  })

  it('ends when a step jumps over stop: new Range(0, 5, 2) is 0, 2, 4', () => {
    expect(
      valuesOf(new Range(0, 5, 2)),
      'the values skip over stop (4, then 6): test whether you have passed stop (<), not whether you are exactly on it (!==)',
    ).toEqual([0, 2, 4])
  })

  it('counts down with a negative step: new Range(5, 0, -1) is 5, 4, 3, 2, 1', () => {
    expect(
      valuesOf(new Range(5, 0, -1)),
      'with a negative step the values go down: keep going while the value is > stop',
    ).toEqual([5, 4, 3, 2, 1])
    expect(valuesOf(new Range(10, 0, -3))).toEqual([10, 7, 4, 1])
  })

  it.each([
    ['new Range(0)', () => new Range(0)],
    ['new Range(-3)', () => new Range(-3)],
    ['new Range(5, 2)', () => new Range(5, 2)],
    ['new Range(0, 5, -1)', () => new Range(0, 5, -1)],
  ])('is empty when start is already past stop: %s', (_, makeRange) => {
    expect(
      valuesOf(makeRange()),
      'start is already at or past stop in the direction of step, so the range has no values at all',
    ).toEqual([])
  })

  it('throws a RangeError for a step of 0', () => {
    expect(
      () => new Range(0, 5, 0),
      'a step of 0 never reaches stop: throw a RangeError in the constructor instead of looping forever',
    ).toThrow(RangeError)
    expect(
      () => new Range(0, 5, 0),
      'say what is wrong in the message: it is the step that must not be 0',
    ).toThrow(/step/i)
  })

  it('gives a new iterator on every [Symbol.iterator]() call', () => {
    const range = new Range(3)
    const first = range[Symbol.iterator]()
    const second = range[Symbol.iterator]()
    expect(first === second, sharedPosition).toBe(false)
    first.next()
    first.next()
    expect(second.next().value, sharedPosition).toBe(0)
  })

  it('works in nested loops over the same Range', () => {
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

  it('can be looped over again after a loop has finished', () => {
    const range = new Range(1, 4)
    valuesOf(range)
    expect(
      valuesOf(range),
      'the second loop over the same Range found nothing: each loop needs its own fresh iterator',
    ).toEqual([1, 2, 3])
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
  ])('is the number of values: %s', (_, makeRange, expected, message) => {
    expect(makeRange().length, message).toBe(expected)
  })

  it.each([
    ['new Range(-3)', () => new Range(-3)],
    ['new Range(5, 2)', () => new Range(5, 2)],
    ['new Range(0, 5, -1)', () => new Range(0, 5, -1)],
  ])('is 0, never negative, for an empty range: %s', (_, makeRange) => {
    expect(
      makeRange().length,
      'an empty range has length 0: when start is already past stop, the formula goes negative, so do not let it go below 0',
    ).toBe(0)
  })

  it('is known without walking the range', () => {
    // Walking this Range is a test failure with its own message, instead of a slow count.
    class UnwalkableRange extends Range {
      override [Symbol.iterator](): Iterator<number> {
        throw new Error(
          'length walked the range to count its values: work it out from start, stop and step instead',
        )
      }
    }
    expect(new UnwalkableRange(0, 1_000_000, 2).length).toBe(500_000)
  })
})

describe('4. LinkedList', () => {
  it('is empty when nothing was pushed', () => {
    expect(valuesOf(new LinkedList<string>())).toEqual([])
  })

  it('yields the values in the order they were pushed', () => {
    const list = new LinkedList<string>()
    list.push('apple')
    list.push('banana')
    list.push('cherry')
    expect(
      valuesOf(list),
      'push() appends at the end: link the new node after the last one, and walk from the first',
    ).toEqual(['apple', 'banana', 'cherry'])
  })

  it('yields 0, an empty string and undefined, which are values too', () => {
    const list = new LinkedList<number | string | undefined>()
    list.push(0)
    list.push('')
    list.push(undefined)
    list.push(4)
    expect(
      valuesOf(list),
      'the list ends where there is no next node: do not test the value itself, since 0, "" and undefined are values',
    ).toEqual([0, '', undefined, 4])
  })

  it('works with spread, Array.from and destructuring', () => {
    const list = new LinkedList<number>()
    list.push(1)
    list.push(2)
    list.push(3)
    // Checked with a bound first, so a list that never ends fails here instead of hanging the spread.
    expect(pull(list, 4), 'the list should end after its three values').toEqual([1, 2, 3])
    const again =
      'a second read of the list found nothing: every read must start again at the first node'
    expect([...list], again).toEqual([1, 2, 3])
    expect(Array.from(list), again).toEqual([1, 2, 3])
    const [first, second] = list
    expect([first, second], again).toEqual([1, 2])
  })

  it('can be looped over again, and in nested loops', () => {
    const list = new LinkedList<string>()
    list.push('a')
    list.push('b')
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

  it('shows values pushed after an earlier loop', () => {
    const list = new LinkedList<number>()
    list.push(1)
    valuesOf(list)
    list.push(2)
    expect(
      valuesOf(list),
      'a value pushed after a loop must show up in the next loop: update the last node and its link on every push',
    ).toEqual([1, 2])
  })
})

describe('5. the seed example', () => {
  it('prints 1, 2, 3, 4, 5 with [Symbol.iterator]() and next()', () => {
    const myclass = new MyNumbers()
    const myiter = myclass[Symbol.iterator]()
    const printed = [
      myiter.next().value,
      myiter.next().value,
      myiter.next().value,
      myiter.next().value,
      myiter.next().value,
    ]
    expect(printed).toEqual([1, 2, 3, 4, 5])
  })
})

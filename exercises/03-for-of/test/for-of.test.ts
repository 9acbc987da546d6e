import { attempt, infiniteSource, spySource } from '@iterlings/testing'
import { describe, expect, it } from 'vitest'
import { count, find, first, max, sum, zip } from '../src/index.ts'

/** A real generator object: one-shot, like the iterators most libraries hand you. */
function* generate<T>(...values: T[]): Generator<T> {
  yield* values
}

/** An iterable that writes each open and pull of its iterator into `log`, as `<label> <event>`. */
function logged<T>(label: string, values: T[], log: string[]): Iterable<T> {
  return {
    [Symbol.iterator]() {
      log.push(`open ${label}`)
      const inner = values[Symbol.iterator]()
      return {
        next: () => {
          log.push(`pull ${label}`)
          return inner.next()
        },
        return: () => {
          log.push(`close ${label}`)
          return { done: true, value: undefined }
        },
      }
    },
  }
}

/** An iterable whose `return()` throws `error`, counting its calls: closing it fails too. */
function failingToClose<T>(values: T[], error: Error) {
  let returns = 0
  return {
    get returns() {
      return returns
    },
    [Symbol.iterator](): Iterator<T> {
      const inner = values[Symbol.iterator]()
      return {
        next: () => inner.next(),
        return: () => {
          returns += 1
          throw error
        },
      }
    },
  }
}

const anyIterable =
  'walk the values with a single for...of loop: a Set or a generator has no indexes (and for...in, which walks keys, finds none), and a generator can be read only once'
const noReturn =
  'return() is optional on an iterator (array iterators have none): call it only if it is there (iterator.return?.()), or let for...of do it'
const oneShot =
  'a generator (or any iterator) can be read only once: walk it in a single for...of loop, and do not read it first to check or count'

describe('1. sum', () => {
  it('1.1 adds up an array', () => {
    expect(sum([1, 2, 3, 4])).toBe(10)
  })

  it('1.1 adds up a Set and a generator, which have no indexes', () => {
    expect([sum(new Set([1, 2, 3])), sum(generate(4, 5, 6))], anyIterable).toEqual([6, 15])
  })

  it('1.1 reads a one-shot source once, one pull per value, and leaves it unclosed', () => {
    const source = spySource([1, 2, 3], { oneShot: true })
    expect(sum(source), oneShot).toBe(6)
    expect(source).toHavePulled(4) // three values, then the pull that says done
    expect(source).not.toBeClosed()
  })

  it('1.2 gives 0 for an empty iterable', () => {
    const result = attempt(() => sum([]))
    expect(
      result,
      'an empty iterable sums to 0: start the total at 0 (reduce() with no initial value throws here)',
    ).toEqual({ threw: false, value: 0 })
  })
})

describe('2. count', () => {
  it('2.1 counts the values of an array, a Set and a generator', () => {
    expect([count(['a', 'b']), count(new Set([1, 2, 3])), count(generate(7))], anyIterable).toEqual(
      [2, 3, 1],
    )
  })

  it('2.1 reads a one-shot source once, and counts an empty one as 0', () => {
    const source = spySource([1, 2, 3, 4], { oneShot: true })
    expect(count(source), oneShot).toBe(4)
    expect(count([])).toBe(0)
  })

  it('2.2 counts a string by code point, as for...of walks it', () => {
    expect(
      count('a\u{1F600}'),
      '.length counts UTF-16 code units, and 😀 takes two: count the turns of a for...of loop',
    ).toBe(2)
  })

  it('2.2 trusts no length or size, only what the iterator yields', () => {
    const sized = Object.assign([7, 8][Symbol.iterator](), { length: 10, size: 10 })
    expect(
      count(sized),
      'count() believed a length or size property: only the values the iterator yields count, so loop over them',
    ).toBe(2)
  })

  it('2.3 counts values, not the final { done: true }', () => {
    const source = spySource(['x', 'y', 'z'])
    expect(
      count(source),
      'the last result, { done: true, value: undefined }, is the stop signal, not a value: do not count it',
    ).toBe(3)
    expect(source).toHavePulled(4)
  })
})

describe('3. max', () => {
  it('3.1 finds the largest value', () => {
    const result = max([10, 9, 100, 25])
    expect(
      result,
      result === 9
        ? 'sort() with no compare function sorts numbers as strings ("9" after "100"): compare the numbers in one loop instead'
        : 'max() should give the largest value',
    ).toBe(100)
  })

  it('3.1 finds the largest value of a Set and a generator', () => {
    expect([max(new Set([2, 8, 5])), max(generate(1, 7, 3))], oneShot).toEqual([8, 7])
  })

  it('3.1 reads a one-shot source once, pulling each value once', () => {
    const source = spySource([4, 1, 6, 2], { oneShot: true })
    expect(max(source), oneShot).toBe(6)
    expect(source).toHavePulled(5)
  })

  it('3.1 opens a reusable source once', () => {
    const source = spySource([4, 1, 6])
    max(source)
    expect(
      source.opens,
      'max() walked the source twice (once to check, once to search): one loop can do both',
    ).toBe(1)
  })

  it('3.2 finds the largest of negative numbers', () => {
    expect(
      max([-5, -2, -9]),
      'do not start from 0: with only negative numbers, 0 is larger than every value. Start from the first value',
    ).toBe(-2)
  })

  it.each([
    ['[-5, 0, -3]', [-5, 0, -3], 0],
    ['[0]', [0], 0],
    ['[-Infinity]', [-Infinity], -Infinity],
    ['[-Infinity, -Infinity]', [-Infinity, -Infinity], -Infinity],
  ])('3.2 finds the largest of %s', (_, values, expected) => {
    const result = attempt(() => max(values))
    expect(
      result,
      expected === 0
        ? '0 is a value like any other: `!largest` (or `largest || …`) takes it for "nothing yet"'
        : '-Infinity can be a real value: starting from -Infinity and checking for it afterwards calls this iterable empty. Keep "nothing seen yet" apart from every number (undefined, or a flag)',
    ).toEqual({ threw: false, value: expected })
  })

  it('3.3 keeps the first of equal values, as Python does: max([-0, 0]) is -0', () => {
    expect(
      Object.is(max([-0, 0]), -0),
      'of equal values keep the first: replace the largest so far only when a value is greater (`>`); Math.max() prefers 0 to -0',
    ).toBe(true)
    expect(Object.is(max([0, -0]), 0)).toBe(true)
  })

  it('3.3 lets a NaN win only when it comes first, as Python does', () => {
    expect(
      max([1, Number.NaN, 3]),
      'NaN is never greater than anything, so a NaN after the first value never replaces the largest: compare with `>`, not Math.max(), which turns any NaN into NaN',
    ).toBe(3)
    expect(max([Number.NaN, 1])).toBeNaN()
  })

  it('3.4 throws a RangeError for an empty iterable, saying it is empty', () => {
    const result = attempt(() => max([]))
    if (!result.threw)
      throw new Error(
        `max([]) returned ${String(result.value)}: an empty iterable has no maximum, so throw a RangeError (Math.max() gives -Infinity, and that is not an answer)`,
      )
    expect(
      result.error,
      'throw a RangeError, JavaScript’s error for a value outside what a function accepts (Python raises ValueError)',
    ).toBeInstanceOf(RangeError)
    expect(
      (result.error as Error).message,
      'give the RangeError a message that says what went wrong: the iterable is "empty"',
    ).toMatch(/empty/)
  })
})

describe('4. first', () => {
  it('4.1 returns the first value', () => {
    expect(first(['apple', 'banana', 'cherry'])).toBe('apple')
  })

  it('4.1 returns undefined for an empty iterable', () => {
    expect(first([]), 'no values, no first value: return undefined').toBeUndefined()
  })

  it('4.1 returns the first value of a Set and a generator, which have no [0]', () => {
    expect(
      [first(new Set(['s'])), first(generate('g'))],
      'an iterable is not an array: values[0] is undefined for a Set or a generator; take the first value of a for...of loop',
    ).toEqual(['s', 'g'])
  })

  it('4.1 returns a first value of undefined as it is', () => {
    expect(
      first([undefined, 'second']),
      'the first value is undefined here, and that is the answer: do not skip it',
    ).toBeUndefined()
  })

  it('4.2 pulls exactly one value', () => {
    const source = spySource([1, 2, 3])
    first(source)
    expect(source).toHavePulled(1)
  })

  it('4.2 works on an infinite source', () => {
    const source = infiniteSource((index) => index * 10)
    expect(
      attempt(() => first(source)),
      'first() must not read everything first: spreading an infinite source never ends',
    ).toEqual({ threw: false, value: 0 })
    expect(source).toHavePulled(1)
  })

  it('4.3 closes the source it stopped reading, once', () => {
    const source = spySource([1, 2, 3])
    first(source)
    expect(source).toBeClosedOnce()
  })

  it('4.3 calls a return() that throws once, and lets its error through', () => {
    const closeFailure = new Error('the file would not close')
    const source = failingToClose([1, 2], closeFailure)
    const result = attempt(() => first(source))
    expect(
      result.threw && result.error === closeFailure,
      'the source’s return() threw: that error must reach the caller, as it does from a for...of that stops early',
    ).toBe(true)
    expect(
      source.returns,
      'call return() once, even when it throws: closing by hand inside a for...of makes the loop close again',
    ).toBe(1)
  })

  it('4.3 works on a source that has no return() method', () => {
    const source = spySource(['only', 'more'], { closable: false })
    expect(
      attempt(() => first(source)),
      noReturn,
    ).toEqual({ threw: false, value: 'only' })
  })

  it('4.4 does not close an empty source, which already said done', () => {
    const source = spySource([])
    expect(first(source)).toBeUndefined()
    expect(source).not.toBeClosed()
  })
})

describe('5. find', () => {
  const isEven = (value: number) => value % 2 === 0

  it('5.1 returns the first value that matches', () => {
    expect(find([1, 3, 4, 6], isEven)).toBe(4)
  })

  it('5.1 returns a falsy match such as 0', () => {
    expect(
      find([3, 0, 5], (value) => value < 1),
      'return the value itself, even when it is 0',
    ).toBe(0)
  })

  it('5.1 returns undefined when nothing matches', () => {
    const result = find([1, 3, 5], isEven)
    expect(
      result,
      result === null
        ? 'when nothing matches, find() returns undefined, as Array.prototype.find does, not null'
        : 'when nothing matches, return undefined',
    ).toBeUndefined()
  })

  it('5.2 passes each value with its index, counting from 0, and stops calling at the match', () => {
    const calls: Array<[string, number]> = []
    const found = find(['a', 'b', 'c', 'd'], (value, index) => {
      calls.push([value, index])
      return index === 2
    })
    expect(
      calls,
      'the predicate gets (value, index) once per value up to the match, and the index of the first value is 0',
    ).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ])
    expect(found, 'find returns the value at index 2, where the predicate said yes').toBe('c')
  })

  it.each([
    ['1', 1],
    ["'yes'", 'yes'],
    ['an object', {}],
  ])('5.3 takes a truthy answer of %s as a match', (_, answer) => {
    const predicate = (value: string) => (value === 'b' ? answer : false) as boolean
    expect(
      find(['a', 'b', 'c'], predicate),
      'a truthy answer counts as a match, as in Array.prototype.find: test `if (predicate(value, index))`, not `=== true`',
    ).toBe('b')
  })

  it('5.3 takes a falsy answer as no match', () => {
    const answers = new Map<string, unknown>([
      ['zero', 0],
      ['empty', ''],
      ['undefined', undefined],
      ['null', null],
      ['NaN', Number.NaN],
    ])
    const found = find(
      [...answers.keys(), 'true'],
      (value) => (answers.has(value) ? answers.get(value) : true) as boolean,
    )
    expect(found, 'falsy answers (0, "", undefined, null, NaN) are no match').toBe('true')
  })

  it('5.4 stops pulling at the first match', () => {
    const source = spySource([1, 2, 3, 4])
    find(source, isEven)
    expect(source).toHavePulled(2)
  })

  it('5.4 finds a value in an infinite source', () => {
    const source = infiniteSource()
    expect(
      attempt(() => find(source, (value) => value === 5)),
      'find() must not read everything first: an infinite source never ends',
    ).toEqual({ threw: false, value: 5 })
    expect(source).toHavePulled(6)
  })

  it('5.5 closes the source once it has found a match', () => {
    const source = spySource([1, 2, 3, 4])
    find(source, isEven)
    expect(source).toBeClosedOnce()
  })

  it('5.5 closes the source when the predicate throws, and lets the error through', () => {
    const source = spySource([1, 2, 3])
    const failure = new Error('predicate failed')
    const result = attempt(() =>
      find(source, () => {
        throw failure
      }),
    )
    expect(
      result.threw && result.error === failure,
      'the predicate’s error must reach the caller',
    ).toBe(true)
    expect(
      source.returns,
      'the predicate threw, which stops find() early: close the source (for...of does it on the way out; a hand-written loop must catch, close and rethrow)',
    ).toBe(1)
  })

  it('5.5 lets the predicate’s error through even when closing the source throws too', () => {
    const failure = new Error('predicate failed')
    const source = failingToClose([1, 2, 3], new Error('the file would not close'))
    const result = attempt(() =>
      find(source, () => {
        throw failure
      }),
    )
    expect(
      result.threw && result.error === failure,
      'the predicate threw, then closing the source threw too: the first error is the one to report, as for...of does. Close inside a try whose catch drops the second error, or let for...of close',
    ).toBe(true)
    expect(source.returns, 'close the source once').toBe(1)
  })

  it('5.5 works on a source that has no return() method', () => {
    const source = spySource([1, 2, 3], { closable: false })
    expect(
      attempt(() => find(source, isEven)),
      noReturn,
    ).toEqual({ threw: false, value: 2 })
  })

  it('5.6 does not close a source it read to the end', () => {
    const source = spySource([1, 3])
    find(source, isEven)
    expect(
      source,
      'the source said done by itself: do not close it (a return() in `finally` runs on every way out)',
    ).not.toBeClosed()
  })

  it('5.6 does not close a source whose own next() threw', () => {
    const failure = new Error('the disk is gone')
    const source = spySource([1, 3], { fail: { after: 1, error: failure } })
    const result = attempt(() => find(source, isEven))
    expect(
      result.threw && result.error === failure,
      'the source’s error must reach the caller',
    ).toBe(true)
    expect(
      source,
      'the source’s own next() threw: it is broken, not stopped early, so do not close it (for...of does not; a return() in `finally` does)',
    ).not.toBeClosed()
  })
})

describe('6. zip', () => {
  it('6.1 pairs values side by side', () => {
    expect(zip([1, 2, 3], ['a', 'b', 'c'])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ])
  })

  it('6.1 zips one-shot sources, such as generators', () => {
    expect(zip(generate(1, 2), generate('a', 'b', 'c')), oneShot).toEqual([
      [1, 'a'],
      [2, 'b'],
    ])
  })

  it('6.1 the seed: prints the tuple with for...of, numbered by zip()', () => {
    const mytuple = ['apple', 'banana', 'cherry'] as const
    const printed: string[] = []
    for (const [number, fruit] of zip([1, 2, 3], mytuple)) printed.push(`${number}. ${fruit}`)
    expect(printed).toEqual(['1. apple', '2. banana', '3. cherry'])
  })

  it('6.2 opens a, then b, once each, before pulling anything', () => {
    const log: string[] = []
    zip(logged('a', [1, 2], log), logged('b', ['x', 'y'], log))
    expect(log.slice(0, 2), 'open both sides first, a and then b, as Python’s zip() does').toEqual([
      'open a',
      'open b',
    ])
    expect(
      log.filter((event) => event.startsWith('open')),
      'open each side once: a for...of over b inside one over a reopens b every round',
    ).toEqual(['open a', 'open b'])
  })

  it('6.2 closes a when opening b throws, and lets b’s error through', () => {
    const a = spySource([1, 2], { label: 'a' })
    const failure = new Error('b cannot be opened')
    const b: Iterable<string> = {
      [Symbol.iterator]() {
        throw failure
      },
    }
    const result = attempt(() => zip(a, b))
    expect(
      result.threw && result.error === failure,
      'b’s [Symbol.iterator]() threw: that error must reach the caller',
    ).toBe(true)
    expect(
      a.returns,
      'a was already open when opening b threw: zip() stops there, so close a (a try around opening b, whose catch closes a and rethrows)',
    ).toBe(1)
    expect(a).toHavePulled(0)
  })

  it('6.2 opens b even when a is empty', () => {
    const b = infiniteSource(undefined, { label: 'b' })
    expect(zip([], b)).toEqual([])
    expect(
      b.opens,
      'b was never opened: zip() opens both sides before it pulls, so an empty a still means b is opened (and then closed)',
    ).toBe(1)
  })

  it('6.3 stops at a when a is shorter, without pulling b again, and closes b', () => {
    const a = spySource([1], { label: 'a' })
    const b = spySource(['x', 'y', 'z'], { label: 'b' })
    expect(zip(a, b)).toEqual([[1, 'x']])
    expect(
      b,
      'pull a first in each round: once a is done, b must not be pulled again',
    ).toHavePulled(1)
    expect(b).toBeClosedOnce()
    expect(a, 'a said done by itself: there is nothing to close').not.toBeClosed()
  })

  it('6.3 closes b when both sides have the same length, because a ends first', () => {
    const a = spySource([1, 2], { label: 'a' })
    const b = spySource(['x', 'y'], { label: 'b' })
    zip(a, b)
    expect(a).toHavePulled(3)
    expect(b, 'a ended first: do not pull b again to find out whether it ended too').toHavePulled(2)
    expect(b).toBeClosedOnce()
    expect(a, 'a said done by itself: there is nothing to close').not.toBeClosed()
  })

  it('6.3 closes b when a is empty, without pulling it', () => {
    const b = infiniteSource(undefined, { label: 'b' })
    zip([], b)
    expect(b, 'a was done at once: b must not be pulled').toHavePulled(0)
    expect(b).toBeClosedOnce()
  })

  it('6.3 works on sources that have no return() method', () => {
    const a = spySource([1], { label: 'a', closable: false })
    const b = spySource(['x', 'y'], { label: 'b', closable: false })
    expect(
      attempt(() => zip(a, b)),
      noReturn,
    ).toEqual({ threw: false, value: [[1, 'x']] })
  })

  it('6.4 stops at b when b is shorter, drops the value just pulled from a, and closes a', () => {
    const a = spySource([1, 2, 3], { label: 'a' })
    const b = spySource(['x'], { label: 'b' })
    expect(zip(a, b), 'a value from a with no partner from b is dropped').toEqual([[1, 'x']])
    expect(a).toHavePulled(2)
    expect(a, 'b ended while a still had values: close a').toBeClosedOnce()
    expect(b, 'b said done by itself: there is nothing to close').not.toBeClosed()
  })

  it('6.4 works on sources that have no return() method', () => {
    const a = spySource([1, 2, 3], { label: 'a', closable: false })
    const b = spySource(['x'], { label: 'b', closable: false })
    expect(
      attempt(() => zip(a, b)),
      noReturn,
    ).toEqual({ threw: false, value: [[1, 'x']] })
  })

  it('6.5 works when a is infinite', () => {
    const a = infiniteSource(undefined, { label: 'a' })
    expect(
      attempt(() => zip(a, ['x', 'y'])),
      'zip() must not copy a side first: an infinite side never ends',
    ).toEqual({
      threw: false,
      value: [
        [0, 'x'],
        [1, 'y'],
      ],
    })
    expect(a).toHavePulled(3)
  })

  it('6.5 works when b is infinite', () => {
    const b = infiniteSource(undefined, { label: 'b' })
    expect(
      attempt(() => zip(['x', 'y'], b)),
      'zip() must not copy a side first: an infinite side never ends',
    ).toEqual({
      threw: false,
      value: [
        ['x', 0],
        ['y', 1],
      ],
    })
    expect(b).toHavePulled(2)
  })

  it.each([
    ['a', 'b'],
    ['b', 'a'],
  ])('6.6 when %s.next() throws, lets the error through and closes only %s', (broken) => {
    const failure = new Error('the disk is gone')
    const fail = { after: 1, error: failure }
    const a = spySource([1, 2, 3], { label: 'a', ...(broken === 'a' && { fail }) })
    const b = spySource(['x', 'y', 'z'], { label: 'b', ...(broken === 'b' && { fail }) })
    const [thrower, other] = broken === 'a' ? [a, b] : [b, a]
    const result = attempt(() => zip(a, b))
    expect(
      result.threw && result.error === failure,
      `${thrower.label}’s error must reach the caller`,
    ).toBe(true)
    expect(
      other.returns,
      `${thrower.label}.next() threw, which stops zip() early: close ${other.label} (catch, close the other side, rethrow)`,
    ).toBe(1)
    expect(
      thrower,
      `${thrower.label}’s own next() threw: it is broken, not stopped early, so do not close it`,
    ).not.toBeClosed()
  })

  it('6.6 lets the first error through when closing the other side throws too', () => {
    const failure = new Error('the disk is gone')
    const a = spySource([1, 2], { label: 'a', fail: { after: 1, error: failure } })
    const b = failingToClose(['x', 'y'], new Error('b would not close'))
    const result = attempt(() => zip(a, b))
    expect(
      result.threw && result.error === failure,
      'a.next() threw, then closing b threw too: report the first error, as for...of does. Close b inside a try whose catch drops the second error, then rethrow the first',
    ).toBe(true)
    expect(b.returns, 'close b once').toBe(1)
  })

  it('6.6 lets the error through when the other side has no return() method', () => {
    const failure = new Error('the disk is gone')
    const a = spySource([1, 2], { label: 'a', fail: { after: 1, error: failure } })
    const b = spySource(['x', 'y'], { label: 'b', closable: false })
    const result = attempt(() => zip(a, b))
    expect(
      result.threw && result.error === failure,
      `a’s error must reach the caller, not a TypeError from closing b: ${noReturn}`,
    ).toBe(true)
  })
})

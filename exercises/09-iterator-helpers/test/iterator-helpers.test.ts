import { collect, infiniteSource, pull, spySource, type SourceSpy } from '@iterlings/testing'
import { describe, expect, it } from 'vitest'
import {
  drop,
  every,
  filter,
  find,
  flatMap,
  forEach,
  from,
  map,
  reduce,
  some,
  take,
  toArray,
} from '../src/index.ts'

const yours = {
  map,
  filter,
  take,
  drop,
  flatMap,
  reduce,
  toArray,
  forEach,
  some,
  every,
  find,
  from,
}
type Helpers = typeof yours
type Name = keyof Helpers

/**
 * Node 22+ ships the standard's own helpers. With ITERLINGS_CHECK_NATIVE=1 on such a Node (CI sets
 * it on Node 22, 24 and 26: scripts/test-nodes.sh), every case also runs against the engine's helpers:
 * a case the engine fails would be a wrong test, not a wrong student. Only then: for a student, the
 * grader or the proof, native cases would be free passes that say nothing about the code under test.
 */
interface NativeIterator {
  from(value: unknown): unknown
  prototype: Record<string, (...args: unknown[]) => unknown>
}
const NativeIterator = (globalThis as { Iterator?: NativeIterator }).Iterator

function nativeHelpers(native: NativeIterator): Helpers {
  // The standard's methods read their iterator from `this`; call them on any object, as ours take it first.
  const method =
    (name: string) =>
    (iterator: unknown, ...args: unknown[]) =>
      native.prototype[name]?.call(iterator, ...args)
  const names = Object.keys(yours).filter((name) => name !== 'from')
  const methods = Object.fromEntries(names.map((name) => [name, method(name)]))
  return { ...methods, from: (value: unknown) => native.from(value) } as unknown as Helpers
}

/**
 * A 2024 change to the standard (in Node 24) closes the iterator when an argument is refused;
 * those cases are skipped only for a native engine that predates it (Node 22).
 */
const closesOnBadArguments = (helpers: Helpers) => {
  const spy = spySource([1])
  try {
    helpers.map(spy[Symbol.iterator](), 'not a function' as never)
  } catch {
    // expected: map refuses a mapper that is not a function
  }
  return spy.returns === 1
}

/** [name, helpers, whether they follow the current standard text] */
const implementations: Array<[string, Helpers, boolean]> = [['your helpers', yours, true]]
if (NativeIterator && process.env.ITERLINGS_CHECK_NATIVE === '1') {
  const native = nativeHelpers(NativeIterator)
  implementations.push(['the native helpers', native, closesOnBadArguments(native)])
}

const IteratorPrototype: object = Object.getPrototypeOf(
  Object.getPrototypeOf([][Symbol.iterator]()),
)

/** Opens a spy source: the helpers take an iterator, as the standard's methods do. */
const open = <T>(source: SourceSpy<T>): Iterator<T> => source[Symbol.iterator]()

/** An iterator with a next() and nothing else: not iterable, no return(). */
function bareIterator<T>(values: T[]): Iterator<T> {
  let index = 0
  return {
    next: () =>
      index < values.length
        ? { done: false, value: values[index++] as T }
        : { done: true, value: undefined },
  }
}

const notAFunction = 'not a function' as never

/** The error that `call` throws, or undefined. */
function errorOf(call: () => unknown): unknown {
  try {
    call()
  } catch (error) {
    return error
  }
  return undefined
}

/** The message of the error that `call` throws. */
function messageOf(call: () => unknown): string {
  const error = errorOf(call)
  if (error === undefined) return '(nothing was thrown)'
  return error instanceof Error ? error.message : String(error)
}

/** How `return` behaves on a recorded iterator. */
type Returns = 'object' | 'not done' | 'primitive' | 'not callable' | 'null' | 'none' | 'throws'

interface RecordedOptions {
  returns?: Returns
  /** The `done` of pull number i (1-based) when the values are not used up; default false. */
  notDone?: unknown
  /** The `done` once the values are used up; default true. */
  done?: unknown
  /** Something that goes wrong at pull number `at`. */
  fault?: { at: number; kind: 'next throws' | 'not an object' | 'done throws' | 'value throws' }
}

/**
 * An iterator that writes down, in order, every read of its `next` and `return`, every call of
 * them (with `this` and the arguments), and every read of a result's `done` and `value`.
 */
function recorded<T>(values: T[], options: RecordedOptions = {}) {
  const log: string[] = []
  let pulls = 0
  const target: Record<string, unknown> = {
    next(this: unknown, ...args: unknown[]) {
      pulls += 1
      log.push(`next(${args.length} arguments)${this === iterator ? '' : ' on another this'}`)
      const { fault } = options
      const kind = fault?.at === pulls ? fault.kind : undefined
      if (kind === 'next throws') throw new Error('next failed')
      if (kind === 'not an object') return 5
      const pull = pulls
      const finished = pull > values.length
      return {
        get done() {
          log.push(`result ${pull}: read done`)
          if (kind === 'done throws') throw new Error('done failed')
          return finished ? (options.done ?? true) : (options.notDone ?? false)
        },
        get value() {
          log.push(`result ${pull}: read value`)
          if (kind === 'value throws') throw new Error('value failed')
          return finished ? undefined : values[pull - 1]
        },
      }
    },
  }
  const returns = options.returns ?? 'object'
  if (returns === 'null') target.return = null
  else if (returns === 'not callable') target.return = 7
  else if (returns !== 'none')
    target.return = function (this: unknown, ...args: unknown[]) {
      log.push(`return(${args.length} arguments)${this === iterator ? '' : ' on another this'}`)
      if (returns === 'throws') throw new Error('return failed')
      if (returns === 'primitive') return 1
      return { done: returns !== 'not done' }
    }
  const read = (key: string | symbol) => {
    if (key === 'next' || key === 'return') log.push(`read ${key}`)
  }
  // A read of the method's descriptor reads the method too (its value).
  const iterator = new Proxy(target, {
    get(object, key, receiver) {
      read(key)
      return Reflect.get(object, key, receiver)
    },
    getOwnPropertyDescriptor(object, key) {
      read(key)
      return Reflect.getOwnPropertyDescriptor(object, key)
    },
  }) as unknown as Iterator<T>
  return { iterator, log, count: (event: string) => log.filter((entry) => entry === event).length }
}

/** Every pull of a helper's result, to the end (bounded). */
function drain(iterator: unknown): unknown[] {
  return collect(iterator as Iterator<unknown>)
}

/** One ordinary call of each helper, over `iterator`. */
const ordinaryCalls: Record<Name, (helpers: Helpers, iterator: Iterator<number>) => unknown> = {
  map: (h, it) => h.map(it, (n) => n),
  filter: (h, it) => h.filter(it, () => true),
  take: (h, it) => h.take(it, 5),
  drop: (h, it) => h.drop(it, 1),
  flatMap: (h, it) => h.flatMap(it, (n) => [n]),
  toArray: (h, it) => h.toArray(it),
  forEach: (h, it) => h.forEach(it, () => {}),
  some: (h, it) => h.some(it, () => false),
  every: (h, it) => h.every(it, () => true),
  find: (h, it) => h.find(it, () => false),
  reduce: (h, it) => h.reduce(it, (a: number, b: number) => a + b),
  from: (h, it) => h.from(it),
}
const LAZY = ['map', 'filter', 'take', 'drop', 'flatMap'] as const
const NAMES = Object.keys(ordinaryCalls) as Name[]
const isLazy = (name: Name) => (LAZY as readonly string[]).includes(name) || name === 'from'

describe('1. toArray and forEach', () => {
  describe.each(implementations)('%s', (_, helpers) => {
    it('1.1 toArray collects every value in order, undefined ones too', () => {
      expect(
        helpers.toArray(open(spySource(['a', undefined, 'c']))),
        'undefined is a value like any other: the end is { done: true }, never a value that looks empty',
      ).toEqual(['a', undefined, 'c'])
    })

    it('1.2 toArray works on an iterator that is not iterable', () => {
      let result: unknown
      expect(
        errorOf(() => (result = helpers.toArray(bareIterator([1, 2])))),
        'the helpers take any object with a next() method; do not spread it or use it in for...of directly',
      ).toBeUndefined()
      expect(result).toEqual([1, 2])
    })

    it('1.2 forEach works on an iterator that is not iterable', () => {
      const seen: number[] = []
      expect(
        () => helpers.forEach(bareIterator([1, 2]), (n) => seen.push(n)),
        'the helpers take any object with a next() method: for...of over it needs a [Symbol.iterator] it may not have',
      ).not.toThrow()
      expect(seen).toEqual([1, 2])
    })

    it('1.2 toArray accepts a function that has a next(): functions are objects too', () => {
      const values = bareIterator(['f'])
      const iterator = Object.assign(() => undefined, { next: () => values.next() })
      let result: unknown
      expect(
        errorOf(() => (result = helpers.toArray(iterator))),
        "a function with a next() is an iterator too: test for an object with typeof x === 'object' && x !== null || typeof x === 'function'",
      ).toBeUndefined()
      expect(result).toEqual(['f'])
    })

    it('1.3 forEach calls the function with each value and its counter, and returns undefined', () => {
      const seen: string[] = []
      const result = helpers.forEach(open(spySource(['a', 'b'])), (value, counter) => {
        seen.push(`${counter}:${value}`)
      })
      expect(seen, 'the callback receives (value, counter), the counter starting at 0').toEqual([
        '0:a',
        '1:b',
      ])
      expect(result).toBeUndefined()
    })

    it('1.4 forEach closes the source when the callback throws', () => {
      const source = spySource([1, 2, 3])
      const boom = new Error('boom')
      expect(() =>
        helpers.forEach(open(source), () => {
          throw boom
        }),
      ).toThrow(boom)
      expect(source, 'forEach() must close the source when the callback throws').toBeClosedOnce()
      expect(source, 'stop pulling once the callback has thrown').toHavePulled(1)
    })
  })
})

describe('2. some, every and find', () => {
  describe.each(implementations)('%s', (_, helpers) => {
    it('2.1 some answers true at the first truthy predicate result', () => {
      const source = spySource([0, 1, 2, 3, 4])
      expect(
        helpers.some(open(source), (n) => (n === 3 ? 'yes' : '')),
        "the predicate answered 'yes', which is truthy: some() tests truthiness, not === true",
      ).toBe(true)
      expect(source).toHavePulled(4)
    })

    it('2.1 some answers false when no value matches, and leaves a finished source unclosed', () => {
      const source = spySource([1, 2])
      expect(helpers.some(open(source), (n) => n > 5)).toBe(false)
      expect(source).not.toBeClosed()
    })

    it('2.2 every answers false at the first falsy predicate result', () => {
      const source = spySource([0, 1, 2, 3, 4])
      expect(
        helpers.every(open(source), (n) => (n < 2 ? 1 : 0)),
        'the predicate answered 0, which is falsy: every() tests truthiness, not === false',
      ).toBe(false)
      expect(source).toHavePulled(3)
    })

    it('2.2 every answers true for an empty iterator, and when every value passes', () => {
      expect(helpers.every(open(spySource<number>([])), () => false)).toBe(true)
      expect(helpers.every(open(spySource([1, 2])), () => 'yes')).toBe(true)
    })

    it('2.3 find returns the first value with a truthy predicate result', () => {
      const source = spySource([0, 10, 20, 30, 40])
      expect(
        helpers.find(open(source), (n) => (n > 25 ? 1 : 0)),
        'the predicate answered 1, which is truthy: find() tests truthiness, not === true',
      ).toBe(30)
      expect(source).toHavePulled(4)
    })

    it('2.3 find returns undefined when nothing matches', () => {
      expect(helpers.find(open(spySource([1, 2])), (n) => n > 5)).toBeUndefined()
    })

    it.each([
      ['some', false],
      ['every', true],
      ['find', false],
    ] as const)('2.4 %s passes (value, counter) to the predicate', (name, answer) => {
      const calls: string[] = []
      ;(helpers[name] as (...args: unknown[]) => unknown)(
        open(spySource(['a', 'b', 'c'])),
        (value: string, counter: number) => {
          calls.push(`${counter}:${value}`)
          return answer
        },
      )
      expect(
        calls,
        `${name}() must pass the counter as the second argument: 0, then 1, 2, …`,
      ).toEqual(['0:a', '1:b', '2:c'])
    })

    it.each([
      ['some', (n: number) => n === 2],
      ['every', (n: number) => n < 2],
      ['find', (n: number) => n === 2],
    ] as const)('2.5 %s closes the source when it answers early', (name, predicate) => {
      const source = infiniteSource()
      ;(helpers[name] as (...args: unknown[]) => unknown)(open(source), predicate)
      expect(source, `${name}() stopped pulling at its answer`).toHavePulled(3)
      expect(
        source,
        `${name}() answered before the source was done: close it (return()) before you return`,
      ).toBeClosedOnce()
    })

    it.each(['some', 'every', 'find'] as const)(
      '2.6 %s closes the source when the predicate throws',
      (name) => {
        const source = spySource([1, 2, 3])
        const boom = new Error('boom')
        expect(() =>
          (helpers[name] as (...args: unknown[]) => unknown)(open(source), () => {
            throw boom
          }),
        ).toThrow(boom)
        expect(source, `${name}() must close the source when the predicate throws`).toBeClosedOnce()
      },
    )
  })
})

describe('3. reduce', () => {
  describe.each(implementations)('%s', (_, helpers) => {
    it('3.1 folds the values from an initial value, the counter starting at 0', () => {
      const calls: string[] = []
      const total = helpers.reduce(
        open(spySource([1, 2, 3])),
        (sum: number, n: number, counter: number) => {
          calls.push(`${sum}+${n}@${counter}`)
          return sum + n
        },
        10,
      )
      expect(total).toBe(16)
      expect(calls, 'with an initial value, the first call gets it and the counter 0').toEqual([
        '10+1@0',
        '11+2@1',
        '13+3@2',
      ])
    })

    it('3.1 returns the initial value for an empty iterator', () => {
      expect(helpers.reduce(open(spySource<number>([])), (a: number, b: number) => a + b, 0)).toBe(
        0,
      )
    })

    it('3.2 without an initial value, starts from the first value and the counter 1', () => {
      const counters: number[] = []
      const total = helpers.reduce(open(spySource([1, 2, 3])), (sum, n, counter) => {
        counters.push(counter)
        return sum + n
      })
      expect(total).toBe(6)
      expect(
        counters,
        'the first value is the accumulator, so the first call is for the second value: counter 1',
      ).toEqual([1, 2])
    })

    it('3.3 throws a TypeError for an empty iterator with no initial value', () => {
      expect(
        () => helpers.reduce(open(spySource<number>([])), (a, b) => a + b),
        'with nothing to start from, reduce() must throw a TypeError, not return undefined',
      ).toThrow(TypeError)
    })

    it.skipIf(helpers !== yours)('3.3 says in its message that there is no initial value', () => {
      expect(
        messageOf(() => helpers.reduce(open(spySource<number>([])), (a, b) => a + b)),
        'say why in the message: there is no initial value',
      ).toMatch(/no initial value/i)
    })

    it('3.4 counts an explicit undefined as an initial value', () => {
      const seen: unknown[] = []
      helpers.reduce(
        open(spySource([1])),
        (accumulator: unknown, value: number) => {
          seen.push(accumulator, value)
          return accumulator
        },
        undefined,
      )
      expect(
        seen,
        'reduce(it, fn, undefined) passed an initial value: count the arguments, do not compare with undefined',
      ).toEqual([undefined, 1])
    })

    it('3.5 closes the source when the reducer throws', () => {
      const source = spySource([1, 2, 3])
      expect(() =>
        helpers.reduce(open(source), () => {
          throw new Error('boom')
        }),
      ).toThrow('boom')
      expect(source, 'reduce() must close the source when the reducer throws').toBeClosedOnce()
    })
  })
})

describe('4. map and filter', () => {
  describe.each(implementations)('%s', (_, helpers) => {
    it('4.1 map applies the mapper with (value, counter)', () => {
      const mapped = helpers.map(open(spySource(['a', 'b'])), (value, counter) => value + counter)
      expect(
        collect(mapped),
        'the mapper receives (value, counter), the counter starting at 0',
      ).toEqual(['a0', 'b1'])
    })

    it('4.2 map pulls nothing until the first next(), then one value per next()', () => {
      const source = infiniteSource()
      const mapped = helpers.map(open(source), (n) => n * 2)
      expect(source, 'map() must be lazy: do not pull when it is called').toHavePulled(0)
      expect(pull(mapped, 2)).toEqual([0, 2])
      expect(source, 'each next() of map() pulls one value, no more').toHavePulled(2)
    })

    it('4.2 filter pulls nothing until the first next(), then only what it needs', () => {
      const source = infiniteSource()
      const evens = helpers.filter(open(source), (n) => n % 2 === 0)
      expect(source, 'filter() must be lazy: do not pull when it is called').toHavePulled(0)
      expect(pull(evens, 3)).toEqual([0, 2, 4])
      expect(source, 'filter() should stop pulling once it has a value to hand out').toHavePulled(5)
    })

    it.each(LAZY)('4.3 %s returns an iterator that inherits from Iterator.prototype', (name) => {
      const result = ordinaryCalls[name](helpers, open(spySource([1]))) as Iterable<number>
      expect(
        Object.prototype.isPrototypeOf.call(IteratorPrototype, result),
        'the result should inherit from Iterator.prototype: Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), on Node 20 too',
      ).toBe(true)
      expect(
        (result[Symbol.iterator]?.() as unknown) === result,
        'the result must be iterable: its [Symbol.iterator]() returns itself',
      ).toBe(true)
    })

    it.each(['map', 'filter'] as const)(
      '4.4 %s closes the source on return() before the first next()',
      (name) => {
        const source = spySource([1, 2, 3])
        const result = ordinaryCalls[name](helpers, open(source)) as IterableIterator<number>
        const answer = result.return?.()
        expect(
          source,
          'return() before any next() must close the source too; a plain generator skips that, as its body never ran',
        ).toBeClosedOnce()
        result.return?.()
        expect(
          source,
          'the first return() finished the helper: a second one must not close the source again',
        ).toBeClosedOnce()
        expect(source).toHavePulled(0)
        expect(answer, 'return() answers { value: undefined, done: true }').toEqual({
          value: undefined,
          done: true,
        })
        expect(result.next().done, 'after return(), the helper is finished').toBe(true)
        expect(source).toHavePulled(0)
      },
    )

    it.each(['map', 'filter'] as const)(
      '4.5 %s closes the source when the consumer breaks out of a loop',
      (name) => {
        const source = spySource([1, 2, 3])
        for (const value of ordinaryCalls[name](helpers, open(source)) as Iterable<number>)
          if (value === 1) break
        expect(source, 'a break after the first value must close the source').toBeClosedOnce()
      },
    )

    it.each(['map', 'filter'] as const)(
      '4.6 %s closes the source when its callback throws, and is finished after',
      (name) => {
        const source = spySource([1, 2, 3])
        const result = (helpers[name] as (...args: unknown[]) => IterableIterator<number>)(
          open(source),
          () => {
            throw new Error('boom')
          },
        )
        expect(() => result.next()).toThrow('boom')
        expect(source, `${name}() must close the source when its callback throws`).toBeClosedOnce()
        expect(result.next().done, 'after the callback threw, the helper is finished').toBe(true)
        expect(source, 'a finished helper pulls nothing more').toHavePulled(1)
      },
    )

    it('4.7 filter keeps the values whose predicate result is truthy', () => {
      const kept = helpers.filter(open(spySource([1, 2, 3, 4])), (n) => (n % 2 ? 'yes' : 0))
      expect(
        collect(kept),
        "'yes' is truthy and 0 falsy: filter() tests truthiness, not === true",
      ).toEqual([1, 3])
    })

    it('4.8 filter counts every value seen, kept or not', () => {
      const kept = helpers.filter(
        open(spySource(['a', 'b', 'c', 'd'])),
        (_, counter) => counter >= 2,
      )
      expect(collect(kept), 'increase the counter for every value, not only for kept ones').toEqual(
        ['c', 'd'],
      )
    })
  })
})

describe('5. take and drop', () => {
  describe.each(implementations)('%s', (_, helpers) => {
    it('5.1 take yields the first n values, pulling exactly n', () => {
      const source = infiniteSource()
      const taken = helpers.take(open(source), 3)
      expect(source, 'take() must be lazy: do not pull when it is called').toHavePulled(0)
      expect(collect(taken)).toEqual([0, 1, 2])
      expect(
        source,
        'take(it, n) must not pull an extra value to find out it is done',
      ).toHavePulled(3)
    })

    it('5.2 take closes the source at the next() after its last value, not before', () => {
      const source = spySource([1, 2, 3, 4])
      const taken = helpers.take(open(source), 2)
      taken.next()
      taken.next()
      expect(
        source,
        'the standard closes the source only at the next next() after the n-th value, not with it',
      ).not.toBeClosed()
      expect(taken.next().done).toBe(true)
      expect(source, 'the next() after the last value closes the source').toBeClosedOnce()
      expect(source, 'and does not pull it again').toHavePulled(2)
    })

    it('5.2 take(0) pulls nothing and closes the source at the first next()', () => {
      const source = spySource([1, 2])
      const taken = helpers.take(open(source), 0)
      expect(source, 'take(it, 0) closes at the first next(), not when called').not.toBeClosed()
      expect(taken.next().done).toBe(true)
      expect(source).toHavePulled(0)
      expect(source).toBeClosedOnce()
    })

    it('5.3 drop skips the first n values, pulling them only at the first next()', () => {
      const source = spySource([1, 2, 3, 4])
      const rest = helpers.drop(open(source), 2)
      expect(
        source,
        'drop() must be lazy: skip values at the first next(), not when called',
      ).toHavePulled(0)
      expect(collect(rest)).toEqual([3, 4])
    })

    it('5.3 drop past the end is simply empty', () => {
      const source = spySource([1, 2])
      expect(collect(helpers.drop(open(source), 5))).toEqual([])
      expect(source).not.toBeClosed()
    })

    it('5.4 drop reads only done of the results it skips', () => {
      const { iterator, log } = recorded([1, 2, 3])
      expect(drain(helpers.drop(iterator as Iterator<number>, 2))).toEqual([3])
      expect(
        log.filter((event) => event.startsWith('result 1') || event.startsWith('result 2')),
        'drop() reads only done of a skipped result: destructuring const { done, value } reads its value too',
      ).toEqual(['result 1: read done', 'result 2: read done'])
    })

    it('5.5 take converts its count as the standard does: "2" is 2, 1.5 is 1, -0.5 is 0', () => {
      expect(
        errorOf(() => helpers.take(open(spySource([1, 2, 3])), '2' as never)),
        "the standard converts the count to a number ('2' is 2) and truncates it: refuse only NaN and counts below 0",
      ).toBeUndefined()
      expect(collect(helpers.take(open(spySource([1, 2, 3])), '2' as never))).toEqual([1, 2])
      expect(
        collect(helpers.take(open(spySource([1, 2, 3])), 1.5)),
        'the standard truncates a fraction (1.5 takes 1 value); it does not refuse it',
      ).toEqual([1])
      expect(
        collect(helpers.take(open(spySource([1, 2, 3])), -0.5)),
        '-0.5 truncates to 0, which is allowed: truncate first, then check for < 0',
      ).toEqual([])
    })

    it('5.5 Infinity is allowed: take all, or drop all', () => {
      expect(
        collect(helpers.take(open(spySource([1, 2, 3])), Infinity)),
        'take(it, Infinity) is allowed and takes every value',
      ).toEqual([1, 2, 3])
      expect(collect(helpers.drop(open(spySource([1, 2, 3])), Infinity))).toEqual([])
    })

    it('5.5 converts an object count with its valueOf, once', () => {
      let conversions = 0
      const count = {
        valueOf: () => {
          conversions += 1
          return 2
        },
      }
      expect(collect(helpers.drop(open(spySource([1, 2, 3])), count as never))).toEqual([3])
      expect(conversions, 'convert the count once, when drop() is called').toBe(1)
    })

    it.each(['take', 'drop'] as const)(
      '5.6 %s throws a RangeError for NaN, "many", undefined and -1',
      (name) => {
        for (const count of [NaN, 'many', undefined, -1]) {
          expect(
            () => helpers[name](open(spySource([1, 2])), count as number),
            `${name}(it, ${String(count)}) must throw a RangeError: ${count === -1 ? 'a count below 0' : 'a count that is not a number'}`,
          ).toThrow(RangeError)
        }
      },
    )

    it.each(['take', 'drop'] as const)(
      '5.7 %s closes the source on return() before the first next()',
      (name) => {
        const source = spySource([1, 2, 3])
        helpers[name](open(source), 1).return?.()
        expect(
          source,
          'return() before any next() must close the source too; a plain generator skips that, as its body never ran',
        ).toBeClosedOnce()
      },
    )

    it.each(['take', 'drop'] as const)(
      '5.7 %s closes the source when the consumer stops early',
      (name) => {
        const source = spySource([1, 2, 3, 4])
        const rest = helpers[name](open(source), name === 'take' ? 3 : 1)
        rest.next()
        rest.return?.()
        expect(source).toBeClosedOnce()
      },
    )
  })
})

describe('6. flatMap', () => {
  describe.each(implementations)('%s', (_, helpers) => {
    it('6.1 flattens the iterables the mapper returns, one level deep', () => {
      const flat = helpers.flatMap(open(spySource([1, 2])), (n, counter) => [n, [n * 10 + counter]])
      expect(
        collect(flat),
        'flatMap() flattens one level: the arrays inside an inner array stay arrays',
      ).toEqual([1, [10], 2, [21]])
    })

    it('6.1 accepts a Set or a generator from the mapper', () => {
      const flat = helpers.flatMap(open(spySource([1, 2])), (n) =>
        n === 1
          ? new Set(['set'])
          : (function* () {
              yield 'generator'
            })(),
      )
      expect(collect(flat)).toEqual(['set', 'generator'])
    })

    it('6.2 uses an iterator the mapper returns as it is', () => {
      const flat = helpers.flatMap(open(spySource([1, 2])), (n) =>
        n === 1
          ? bareIterator(['bare'])
          : Object.assign(bareIterator(['null']), { [Symbol.iterator]: null }),
      )
      let values: unknown
      expect(
        errorOf(() => (values = collect(flat))),
        'an object without [Symbol.iterator] (or with null there) is taken as the iterator itself: do not refuse it',
      ).toBeUndefined()
      expect(values).toEqual(['bare', 'null'])
    })

    it('6.3 is lazy: pulls the outer source only when the inner one is used up', () => {
      const source = infiniteSource()
      const flat = helpers.flatMap(open(source), (n) => [n, n])
      expect(source).toHavePulled(0)
      expect(pull(flat, 3)).toEqual([0, 0, 1])
      expect(source, 'flatMap() must not read ahead in the outer source').toHavePulled(2)
    })

    it('6.4 refuses a string from the mapper with a TypeError', () => {
      const flat = helpers.flatMap(open(spySource(['ab', 'cd'])), (word) => word)
      expect(
        () => flat.next(),
        'flatMap() refuses strings (they would be split into characters): throw a TypeError',
      ).toThrow(TypeError)
    })

    it.each([
      ['a number', () => 5],
      ['null', () => null],
      ['a [Symbol.iterator] that is not callable', () => ({ [Symbol.iterator]: 7 })],
      ['a [Symbol.iterator] that gives a number', () => ({ [Symbol.iterator]: () => 5 })],
    ])('6.4 refuses %s from the mapper with a TypeError', (_, result) => {
      const flat = helpers.flatMap(open(spySource([1])), result as never)
      expect(
        errorOf(() => flat.next()),
        'only an object with a callable [Symbol.iterator] that gives an object, or an iterator, can be flattened',
      ).toBeInstanceOf(TypeError)
    })

    it('6.5 closes the source when it refuses what the mapper returned', () => {
      const source = spySource(['ab', 'cd'])
      const flat = helpers.flatMap(open(source), (word) => word)
      expect(() => flat.next()).toThrow()
      expect(
        source,
        'the refused mapper result is an error like any other: close the outer source',
      ).toBeClosedOnce()
    })

    it('6.6 closes the inner iterator, then the source, when the consumer stops inside it', () => {
      const order: string[] = []
      const outer = spySource([1, 2], { label: 'the outer source' })
      const inner: Iterator<string> = {
        next: () => ({ done: false, value: 'a' }),
        return: () => {
          order.push('inner')
          return { done: true, value: undefined }
        },
      }
      // The order is kept where the outer return() is called, not where it is read: code can
      // read a method without a get (through its descriptor) and read it again without calling it.
      const opened = open(outer)
      const watched: Iterator<number> = {
        next: () => opened.next(),
        return: () => {
          order.push('outer')
          return opened.return?.() ?? { done: true, value: undefined }
        },
      }
      const flat = helpers.flatMap(watched, () => inner)
      flat.next()
      flat.return?.()
      expect(order, 'close the inner iterator first, then the outer source').toEqual([
        'inner',
        'outer',
      ])
      expect(outer).toBeClosedOnce()
    })

    it('6.6 closes the source even when the inner return() answers not done', () => {
      const outer = spySource([1, 2], { label: 'the outer source' })
      const inner = recorded(['a', 'b'], { returns: 'not done' })
      const flat = helpers.flatMap(open(outer), () => inner.iterator)
      flat.next()
      expect(flat.return?.(), 'return() answers done, whatever the inner return() said').toEqual({
        value: undefined,
        done: true,
      })
      expect(inner.count('return(0 arguments)'), 'close the inner iterator once').toBe(1)
      expect(
        outer,
        'the inner return() answered { done: false }, and yield* takes that as "go on": close the inner and the outer iterator yourself, whatever they answer',
      ).toBeClosedOnce()
    })

    it('6.7 hands out result objects of its own, not those of the inner iterator', () => {
      const handedOut = { done: false, value: 'a' }
      let pulls = 0
      const inner = {
        next: () => (pulls++ === 0 ? handedOut : { done: true, value: undefined }),
        [Symbol.iterator]() {
          return this
        },
      }
      const flat = helpers.flatMap(open(spySource([1])), () => inner)
      const first = flat.next()
      expect(first.value).toBe('a')
      expect(
        first === handedOut,
        "flatMap() passed on the inner iterator's own result object (as yield* does): answer with a new { value, done }",
      ).toBe(false)
    })

    it.each([
      ['its next() throws', { fault: { at: 1, kind: 'next throws' } }],
      ['its done throws', { fault: { at: 1, kind: 'done throws' } }],
      ['its value throws', { fault: { at: 1, kind: 'value throws' } }],
    ] as const)('6.8 closes the source, but not the inner iterator, when %s', (_, options) => {
      const outer = spySource([1, 2], { label: 'the outer source' })
      const inner = recorded(['a'], options)
      const flat = helpers.flatMap(open(outer), () => inner.iterator)
      expect(() => flat.next()).toThrow()
      expect(
        outer,
        'an error from the inner iterator ends flatMap(): close the outer source',
      ).toBeClosedOnce()
      expect(
        inner.count('return(0 arguments)'),
        'the inner iterator failed by itself: do not call its return(); close only an iterator you stop reading',
      ).toBe(0)
    })

    it('6.8 closes the source when the mapper throws', () => {
      const source = spySource([1, 2])
      const flat = helpers.flatMap(open(source), () => {
        throw new Error('boom')
      })
      expect(() => flat.next()).toThrow('boom')
      expect(source).toBeClosedOnce()
    })
  })
})

describe('7. from', () => {
  describe.each(implementations)('%s', (_, helpers) => {
    it('7.1 turns an iterable into an iterator, opening it once and pulling nothing', () => {
      const source = spySource([1, 2])
      const iterator = helpers.from(source)
      expect(
        source.opens,
        'from() must call [Symbol.iterator]() once: calling it to test whether the value is iterable opens it a second time',
      ).toBe(1)
      expect(source).toHavePulled(0)
      expect(collect(iterator)).toEqual([1, 2])
      const calls: number[] = []
      helpers.from({
        [Symbol.iterator]: (...args: unknown[]) => {
          calls.push(args.length)
          return bareIterator([1])
        },
      } as never)
      expect(calls, 'call [Symbol.iterator]() once, with no arguments').toEqual([0])
    })

    it('7.2 iterates a string by code point', () => {
      expect(
        collect(helpers.from('a😀')),
        'from() splits a string as for...of does, by code point: not by UTF-16 code unit (value[i])',
      ).toEqual(['a', '😀'])
    })

    it.each([
      ['a number', 42],
      ['null', null],
      ['undefined', undefined],
    ])('7.3 throws a TypeError for %s', (_, value) => {
      expect(() => helpers.from(value as never)).toThrow(TypeError)
    })

    it.each([
      ['a number', () => 5],
      ['null', () => null],
    ])('7.3 throws a TypeError when [Symbol.iterator]() returns %s', (_, open) => {
      expect(
        () => helpers.from({ [Symbol.iterator]: open } as never),
        'what [Symbol.iterator]() returns must be an object, or there is nothing to call next() on: check it in from()',
      ).toThrow(TypeError)
    })

    it('7.3 throws a TypeError when [Symbol.iterator] is there but not callable', () => {
      expect(
        () => helpers.from({ [Symbol.iterator]: 7, next: () => ({ done: true }) } as never),
        'a [Symbol.iterator] that is neither a function nor undefined or null is an error, not a sign that the object is an iterator',
      ).toThrow(TypeError)
    })

    it('7.4 takes an object without [Symbol.iterator] as the iterator itself', () => {
      let values: unknown
      expect(
        errorOf(() => (values = collect(helpers.from(bareIterator(['x', 'y']))))),
        'an object without [Symbol.iterator] is an iterator already: wrap it, do not refuse it',
      ).toBeUndefined()
      expect(values).toEqual(['x', 'y'])
      const withNull = Object.assign(bareIterator(['z']), { [Symbol.iterator]: null })
      expect(
        collect(helpers.from(withNull as never)),
        'a [Symbol.iterator] of null counts as none: the object is the iterator',
      ).toEqual(['z'])
    })

    it('7.5 returns a generator object itself, since it already is a proper iterator', () => {
      const generator = (function* () {
        yield 1
      })()
      expect(
        helpers.from(generator) === generator,
        'an iterator that inherits from Iterator.prototype needs no wrapper: return it as it is',
      ).toBe(true)
      const arrayIterator = [1][Symbol.iterator]()
      expect(helpers.from(arrayIterator) === arrayIterator).toBe(true)
    })

    it('7.6 wraps a bare iterator in an iterator that inherits from Iterator.prototype', () => {
      const wrapped = helpers.from(bareIterator([1]))
      expect(
        Object.prototype.isPrototypeOf.call(IteratorPrototype, wrapped),
        "the wrapper should inherit from Iterator.prototype (Object.getPrototypeOf of an array iterator's prototype)",
      ).toBe(true)
      expect(helpers.from(wrapped) === wrapped, 'so from() returns its own wrapper as it is').toBe(
        true,
      )
    })

    it("7.7 the wrapper's next() calls the next read at from(), and returns its result as it is", () => {
      const result = { done: false, value: 'x' }
      const calls: number[] = []
      const iterator = {
        next: (...args: unknown[]) => {
          calls.push(args.length)
          return result
        },
      }
      const wrapped = helpers.from(iterator as never) as Iterator<string>
      iterator.next = () => ({ done: true, value: 'replaced' })
      expect(
        wrapped.next(),
        'the wrapper calls the next it read when from() was called (later changes do not count)',
      ).toBe(result)
      ;(wrapped.next as (value: unknown) => unknown)('ignored')
      expect(calls, 'and passes it no arguments').toEqual([0, 0])
    })

    it("7.8 the wrapper's return() calls the iterator's return() and gives back its answer", () => {
      const answer = { done: true, value: 'closed' }
      const calls: number[] = []
      const iterator: Record<string, unknown> = { next: () => ({ done: false, value: 1 }) }
      const wrapped = helpers.from(iterator as never) as Iterator<number>
      expect(
        typeof wrapped.return,
        'the wrapper always has a return(), even when the iterator has none (yet): it reads return when it is called',
      ).toBe('function')
      iterator.return = (...args: unknown[]) => {
        calls.push(args.length)
        return answer
      }
      expect(
        (wrapped.return as (value: unknown) => unknown)('ignored'),
        "read return when the wrapper's return() is called (it may have been added since), and give back what it answers",
      ).toBe(answer)
      expect(calls, 'call it with no arguments').toEqual([0])
    })

    it("7.8 the wrapper's return() answers done when the iterator has none", () => {
      expect(helpers.from(bareIterator([1])).return?.()).toEqual({ value: undefined, done: true })
      const withNull = Object.assign(bareIterator([1]), { return: null })
      expect(helpers.from(withNull as never).return?.()).toEqual({ value: undefined, done: true })
    })

    it("7.8 the wrapper's return() throws a TypeError when return is not callable", () => {
      const wrapped = helpers.from(Object.assign(bareIterator([1]), { return: 7 }) as never)
      expect(() => wrapped.return?.()).toThrow(TypeError)
    })
  })
})

const CALLBACK_HELPERS = [
  'map',
  'filter',
  'flatMap',
  'forEach',
  'some',
  'every',
  'find',
  'reduce',
] as const

/** Calls helper `name` with a refused second argument. */
const refuse = (
  helpers: Helpers,
  name: Name,
  iterator: unknown,
  argument: unknown = notAFunction,
) => (helpers[name] as (...args: unknown[]) => unknown)(iterator, argument)

describe('8. arguments are checked when a helper is called', () => {
  describe.each(implementations)('%s', (_, helpers, current) => {
    it.each(NAMES.filter((name) => name !== 'from'))(
      '8.1 %s throws a TypeError for an iterator that is not an object',
      (name) => {
        for (const value of [42, null, 'ab']) {
          expect(
            () => ordinaryCalls[name](helpers, value as never),
            `${name}(${JSON.stringify(value)}) must throw a TypeError: only objects can be iterators`,
          ).toThrow(TypeError)
        }
      },
    )

    it('8.1 checks that the iterator is an object before it converts the count', () => {
      let converted = false
      const count = {
        valueOf: () => {
          converted = true
          return 1
        },
      }
      const error = errorOf(() => helpers.take(42 as never, count as never))
      expect(
        converted,
        'check the iterator first: take(42, count) must not convert the count',
      ).toBe(false)
      expect(error, 'take(42, …) is about the iterator: a TypeError').toBeInstanceOf(TypeError)
      expect(
        errorOf(() => helpers.drop(null as never, NaN)),
        'drop(null, NaN) is about the iterator first: a TypeError, not the RangeError of the count',
      ).toBeInstanceOf(TypeError)
    })

    it.each(CALLBACK_HELPERS)(
      '8.2 %s throws a TypeError at once for a callback that is not a function',
      (name) => {
        const source = spySource([1, 2])
        expect(
          () => refuse(helpers, name, open(source)),
          `${name}() must check its callback when called, not at the first next() (inside a generator body the check runs too late)`,
        ).toThrow(TypeError)
        expect(source, 'a refused call must not pull anything').toHavePulled(0)
      },
    )

    // Skipped only for a native engine that predates the 2024 change (Node 22): yours must close.
    it.skipIf(!current).each(CALLBACK_HELPERS)(
      '8.3 %s closes the source, without reading its next, when the callback is not a function',
      (name) => {
        const { iterator, log, count } = recorded([1, 2])
        expect(() => refuse(helpers, name, iterator)).toThrow(TypeError)
        expect(
          count('return(0 arguments)'),
          `${name}() refused its callback: it must close the iterator it was given (the standard does since 2024)`,
        ).toBe(1)
        expect(count('read next'), 'a refused call does not even read next').toBe(0)
        expect(log).not.toContain('next(0 arguments)')
      },
    )

    it.skipIf(!current).each(['take', 'drop'] as const)(
      '8.3 %s closes the source when the count is refused, or its conversion throws',
      (name) => {
        const refused = spySource([1, 2])
        expect(() => helpers[name](open(refused), -1)).toThrow(RangeError)
        expect(
          refused,
          `${name}() refused its count: it must close the iterator it was given`,
        ).toBeClosedOnce()
        const converting = spySource([1, 2])
        const boom = new Error('valueOf failed')
        const count = {
          valueOf: () => {
            throw boom
          },
        }
        expect(() => helpers[name](open(converting), count as never)).toThrow(boom)
        expect(
          converting,
          'converting the count failed: that closes the iterator too, and the error passes on',
        ).toBeClosedOnce()
      },
    )

    it.skipIf(!current).each([...CALLBACK_HELPERS, 'take'] as const)(
      '8.4 %s reports the argument error even when closing the source fails',
      (name) => {
        const { iterator } = recorded([1], { returns: 'throws' })
        const error = errorOf(() =>
          refuse(helpers, name, iterator, name === 'take' ? -1 : notAFunction),
        )
        expect(
          error instanceof (name === 'take' ? RangeError : TypeError),
          'the argument error must win over an error thrown while closing: call return() inside try { … } catch {}',
        ).toBe(true)
      },
    )

    // The engine words its errors its own way: only your messages are checked.
    describe.skipIf(helpers !== yours)(
      '8.5 every error names the helper and the refused value',
      () => {
        it.each(NAMES.filter((name) => name !== 'from'))(
          '8.5 %s, for an iterator that is not an object',
          (name) => {
            const message = messageOf(() => ordinaryCalls[name](helpers, 42 as never))
            expect(message, `start the message with the helper: "${name}() needs …"`).toContain(
              `${name}()`,
            )
            expect(message, 'show the refused value: 42').toContain('42')
          },
        )

        it.each(CALLBACK_HELPERS)('8.5 %s, for a callback that is not a function', (name) => {
          const message = messageOf(() => refuse(helpers, name, open(spySource([1])), 'oops'))
          expect(message, `start the message with the helper: "${name}() needs …"`).toContain(
            `${name}()`,
          )
          expect(message, 'show a refused string in quotes: "oops"').toContain('"oops"')
        })

        it.each([
          ['an object', {}],
          ['an array', [1]],
        ])('8.5 map, for %s as the mapper', (_, mapper) => {
          const message = messageOf(() => helpers.map(open(spySource([1])), mapper as never))
          expect(
            message,
            'describe an object (an array too) as "an object": String({}) gives a useless [object Object]',
          ).toContain('an object')
        })

        it('8.5 map, for a symbol as the mapper', () => {
          const message = messageOf(() => helpers.map(open(spySource([1])), Symbol('s') as never))
          expect(
            message,
            'show a symbol as String() does, Symbol(s): a template literal `${value}` throws on a symbol',
          ).toContain('Symbol(s)')
        })

        it.each(['take', 'drop'] as const)('8.5 %s, for a count that is not a number', (name) => {
          const message = messageOf(() => helpers[name](open(spySource([1])), 'many' as never))
          expect(message, `start the message with the helper: "${name}() needs …"`).toContain(
            `${name}()`,
          )
          expect(message, 'show the refused count: "many"').toContain('"many"')
        })

        it.each(['take', 'drop'] as const)('8.5 %s, for a negative count', (name) => {
          const message = messageOf(() => helpers[name](open(spySource([1])), -1))
          expect(message, `start the message with the helper: "${name}() needs …"`).toContain(
            `${name}()`,
          )
          expect(message, 'show the refused count: -1').toContain('-1')
        })

        it('8.5 flatMap, for a string from the mapper', () => {
          const flat = helpers.flatMap(open(spySource(['ab'])), (word) => word as never)
          const message = messageOf(() => flat.next())
          expect(message, 'start the message with the helper: "flatMap() needs …"').toContain(
            'flatMap()',
          )
          expect(message, 'show the refused string in quotes').toContain('"ab"')
        })

        it.each(NAMES.filter((name) => name !== 'from'))(
          '8.5 %s, for a next() that gives a non-object',
          (name) => {
            const { iterator } = recorded([1], { fault: { at: 1, kind: 'not an object' } })
            const message = messageOf(() => {
              const result = ordinaryCalls[name](helpers, iterator as Iterator<number>)
              if (isLazy(name)) drain(result)
            })
            expect(message, `start the message with the helper: "${name}() …"`).toContain(
              `${name}()`,
            )
            expect(message, 'say what went wrong: next() gave 5').toMatch(/next\(\).*5/)
          },
        )

        it('8.5 take, for a return() that gives a non-object', () => {
          const { iterator } = recorded([1, 2], { returns: 'primitive' })
          const message = messageOf(() => drain(helpers.take(iterator as Iterator<number>, 1)))
          expect(message, 'start the message with the helper: "take() …"').toContain('take()')
          expect(message, 'say what went wrong: return() gave 1').toMatch(/return\(\).*1/)
        })

        it('8.5 flatMap, for a [Symbol.iterator]() that gives a non-object', () => {
          const flat = helpers.flatMap(
            open(spySource([1])),
            () => ({ [Symbol.iterator]: () => 5 }) as never,
          )
          const message = messageOf(() => flat.next())
          expect(message, 'start the message with the helper: "flatMap() …"').toContain('flatMap()')
          expect(message, 'say that [Symbol.iterator]() gave the wrong thing').toContain(
            '[Symbol.iterator]()',
          )
        })

        it('8.5 from, for a value it refuses', () => {
          const refused = messageOf(() => helpers.from(null as never))
          expect(refused, 'start the message with the helper: "from() needs …"').toContain('from()')
          expect(refused, 'show the refused value: null').toContain('null')
          const broken = messageOf(() => helpers.from({ [Symbol.iterator]: () => 5 } as never))
          expect(broken, 'start the message with the helper: "from() …"').toContain('from()')
          expect(broken, 'say that [Symbol.iterator]() returned the wrong thing').toContain(
            '[Symbol.iterator]()',
          )
        })
      },
    )
  })
})

describe('9. the protocol, to the letter', () => {
  describe.each(implementations)('%s', (_, helpers) => {
    it.each(NAMES)('9.1 %s reads next once, when it is called', (name) => {
      const { iterator, log, count } = recorded([1, 2, 3])
      const result = ordinaryCalls[name](helpers, iterator as Iterator<number>)
      expect(
        count('read next'),
        `${name}() must read the iterator's next when it is called, before any next() of its own: the standard keeps that method and calls it for every pull`,
      ).toBe(1)
      if (isLazy(name)) drain(result)
      expect(
        count('read next'),
        'read next once and keep it: calling iterator.next() at every pull reads it again each time',
      ).toBe(1)
      expect(
        log.filter((event) => event.startsWith('next(')),
        'call the kept next with the iterator as this (Reflect.apply(next, iterator, []), or next.call(iterator)) and no arguments',
      ).toEqual(log.filter((event) => event === 'next(0 arguments)'))
    })

    it.each(NAMES)('9.2 %s reads done, then value only when not done, once each', (name) => {
      const { iterator, log } = recorded(['a', 'b'])
      const result = ordinaryCalls[name](helpers, iterator as unknown as Iterator<number>)
      if (isLazy(name)) drain(result)
      const reads = log.filter((event) => event.startsWith('result'))
      const skipped =
        name === 'drop' ? ['result 1: read done'] : ['result 1: read done', 'result 1: read value']
      expect(
        reads,
        "a pull reads the result's done, then its value only if done is falsy, each once: do not read value of the last result (const { done, value } = … reads both)",
      ).toEqual([...skipped, 'result 2: read done', 'result 2: read value', 'result 3: read done'])
    })

    it.each(NAMES)('9.2 %s takes done by truthiness: 1 ends, 0 does not', (name) => {
      const { iterator } = recorded([5, 6], { notDone: 0, done: 1 })
      const result = ordinaryCalls[name](helpers, iterator as Iterator<number>)
      const values = isLazy(name) ? drain(result) : undefined
      if (name === 'map' || name === 'filter' || name === 'from')
        expect(
          values,
          'done is read as a truth value: 0 means not done and 1 means done; do not compare it with === true or === false',
        ).toEqual([5, 6])
      if (name === 'toArray') expect(result).toEqual([5, 6])
      if (name === 'reduce') expect(result).toBe(11)
    })

    it.each(NAMES.filter((name) => name !== 'from'))(
      '9.2 %s throws a TypeError when next() gives a non-object',
      (name) => {
        const { iterator } = recorded([1], { fault: { at: 1, kind: 'not an object' } })
        expect(
          errorOf(() => {
            const result = ordinaryCalls[name](helpers, iterator as Iterator<number>)
            if (isLazy(name)) drain(result)
          }),
          'a result that is not an object breaks the protocol: throw a TypeError (reading .done of 5 does not throw by itself)',
        ).toBeInstanceOf(TypeError)
      },
    )

    it.each(NAMES.filter((name) => name !== 'from'))(
      '9.3 %s passes on a failure of the iterator itself without closing it',
      (name) => {
        const faults = {
          'next throws': 'next failed',
          'not an object': TypeError,
          'done throws': 'done failed',
          'value throws': 'value failed',
        } as const
        for (const [kind, expected] of Object.entries(faults)) {
          const { iterator, count } = recorded([1, 2, 3], {
            fault: { at: 2, kind: kind as keyof typeof faults },
          })
          const error = errorOf(() => {
            const result = ordinaryCalls[name](helpers, iterator as Iterator<number>)
            if (isLazy(name)) drain(result)
          })
          if (typeof expected === 'string')
            expect((error as Error)?.message, `when ${kind}, that error passes on`).toBe(expected)
          else
            expect(error, 'a result that is not an object is a TypeError').toBeInstanceOf(expected)
          expect(
            count('return(0 arguments)'),
            `the iterator failed by itself (${kind}): do not call its return(); close only an iterator you stop reading (a try/catch around the pull closes too much)`,
          ).toBe(0)
        }
      },
    )

    it.each(LAZY)('9.3 %s does not close an iterator that said done', (name) => {
      const { iterator, count } = recorded([1])
      const result = ordinaryCalls[name](helpers, iterator as Iterator<number>) as Iterator<number>
      drain(result)
      result.return?.()
      expect(
        count('return(0 arguments)'),
        'the iterator said done: it is finished, so neither the end nor a later return() closes it',
      ).toBe(0)
    })

    it.each(['object', 'null', 'none'] as const)(
      '9.4 some reads return once and calls it with the iterator as this (return: %s)',
      (returns) => {
        const { iterator, count } = recorded([1, 2], { returns })
        expect(helpers.some(iterator as Iterator<number>, () => true)).toBe(true)
        expect(
          count('read return'),
          'read return once: if (iterator.return) iterator.return() reads it twice; keep it in a variable',
        ).toBe(1)
        if (returns === 'object')
          expect(
            count('return(0 arguments)'),
            'call it with the iterator as this, no arguments',
          ).toBe(1)
      },
    )

    it.each([
      ['some', (h: Helpers, it: Iterator<number>) => h.some(it, () => true)],
      ['find', (h: Helpers, it: Iterator<number>) => h.find(it, () => true)],
      ['take', (h: Helpers, it: Iterator<number>) => drain(h.take(it, 1))],
      ['map', (h: Helpers, it: Iterator<number>) => h.map(it, (n) => n).return?.()],
      [
        'flatMap',
        (h: Helpers, it: Iterator<number>) => {
          const flat = h.flatMap(it, () => [1, 2])
          flat.next()
          return flat.return?.()
        },
      ],
    ] as const)(
      '9.4 %s throws a TypeError when the iterator it closes answers a non-object',
      (_, close) => {
        const { iterator } = recorded([1, 2], { returns: 'primitive' })
        expect(
          errorOf(() => close(helpers, iterator as Iterator<number>)),
          'when no other error is on its way, what return() answers must be an object: iterator.return?.() alone does not check it',
        ).toBeInstanceOf(TypeError)
      },
    )

    it('9.4 take throws a TypeError when return is there but not callable', () => {
      const { iterator } = recorded([1, 2], { returns: 'not callable' })
      expect(
        errorOf(() => drain(helpers.take(iterator as Iterator<number>, 1))),
        'a return that is neither a function nor undefined or null is a TypeError when you close the iterator',
      ).toBeInstanceOf(TypeError)
    })

    it.each(LAZY)('9.5 %s answers each next() with a new result object', (name) => {
      const result = ordinaryCalls[name](helpers, open(spySource([1, 2, 3]))) as Iterator<number>
      const first = result.next()
      const firstValue = first.value
      const second = result.next()
      expect(
        first === second,
        'two next() calls gave the same object: build a new { value, done } each time, or earlier results change under the caller',
      ).toBe(false)
      expect(first.value, 'an earlier result must not change').toBe(firstValue)
    })

    it.each(LAZY)('9.6 %s touches nothing once it is finished', (name) => {
      const { iterator, log } = recorded([1])
      const result = ordinaryCalls[name](helpers, iterator as Iterator<number>) as Iterator<number>
      drain(result)
      const before = log.length
      expect(result.next(), 'a finished helper answers done').toEqual({
        value: undefined,
        done: true,
      })
      expect(result.return?.()).toEqual({ value: undefined, done: true })
      expect(
        log.slice(before),
        'once finished, next() and return() answer done without pulling or closing the iterator again',
      ).toEqual([])
    })
  })
})

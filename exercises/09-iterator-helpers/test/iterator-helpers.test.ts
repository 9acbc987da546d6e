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

/**
 * Node 22+ ships the standard's own helpers. With ITERLINGS_CHECK_NATIVE=1 on such a Node (CI sets
 * it under Node 24, see scripts/test-node24.sh), every case also runs against the engine's helpers:
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
 * Node 22 implements the ES2025 text; a 2024 change (in Node 24) also closes the source when an
 * argument is invalid. Those cases are skipped only for a native engine that predates the change.
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

/** The message of the error that `call` throws. */
function messageOf(call: () => unknown): string {
  try {
    call()
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
  return '(nothing was thrown)'
}

describe('1. toArray and forEach', () => {
  describe.each(implementations)('%s', (_, helpers) => {
    it('toArray collects every value in order', () => {
      expect(helpers.toArray(open(spySource(['a', 'b', 'c'])))).toEqual(['a', 'b', 'c'])
    })

    it('toArray works on an iterator that is not iterable', () => {
      expect(
        helpers.toArray(bareIterator([1, 2])),
        'the helpers take any object with a next() method; do not spread it or use it in for...of directly',
      ).toEqual([1, 2])
    })

    it.each([
      ['a number', 42],
      ['null', null],
      ['a string', 'ab'],
    ])('toArray throws a TypeError for %s', (_, value) => {
      expect(
        () => helpers.toArray(value as never),
        `toArray(${JSON.stringify(value)}) must throw a TypeError: only objects can be iterators`,
      ).toThrow(TypeError)
    })

    it('toArray accepts a function that has a next(): functions are objects too', () => {
      const values = bareIterator(['f'])
      const iterator = Object.assign(() => undefined, { next: () => values.next() })
      expect(
        helpers.toArray(iterator),
        "test for an object with typeof x === 'object' && x !== null || typeof x === 'function'",
      ).toEqual(['f'])
    })

    it('forEach calls the function with each value and its counter, and returns undefined', () => {
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

    it('forEach closes the source when the callback throws', () => {
      const source = spySource([1, 2, 3])
      const boom = new Error('boom')
      expect(() =>
        helpers.forEach(open(source), () => {
          throw boom
        }),
      ).toThrow(boom)
      expect(source).toBeClosedOnce()
      expect(source, 'stop pulling once the callback has thrown').toHavePulled(1)
    })
  })
})

describe('2. some, every and find', () => {
  describe.each(implementations)('%s', (_, helpers) => {
    it('some answers true at the first match, stops pulling and closes the source', () => {
      const source = infiniteSource()
      expect(helpers.some(open(source), (n) => n === 3)).toBe(true)
      expect(source).toHavePulled(4)
      expect(source, 'some() must close the source when it answers early').toBeClosedOnce()
    })

    it('some answers false when no value matches, and leaves a finished source unclosed', () => {
      const source = spySource([1, 2])
      expect(helpers.some(open(source), (n) => n > 5)).toBe(false)
      expect(source).not.toBeClosed()
    })

    it('every answers false at the first miss, stops pulling and closes the source', () => {
      const source = infiniteSource()
      expect(helpers.every(open(source), (n) => n < 2)).toBe(false)
      expect(source).toHavePulled(3)
      expect(source, 'every() must close the source when it answers early').toBeClosedOnce()
    })

    it('every answers true for an empty iterator', () => {
      expect(helpers.every(open(spySource<number>([])), () => false)).toBe(true)
    })

    it('find returns the first match and closes the source', () => {
      const source = infiniteSource((index) => index * 10)
      expect(helpers.find(open(source), (n) => n > 25)).toBe(30)
      expect(source).toHavePulled(4)
      expect(source, 'find() must close the source once it has its answer').toBeClosedOnce()
    })

    it('find returns undefined when nothing matches', () => {
      expect(helpers.find(open(spySource([1, 2])), (n) => n > 5)).toBeUndefined()
    })

    it.each([
      ['some', false],
      ['every', true],
      ['find', false],
    ] as const)('%s passes (value, counter) to the predicate', (name, answer) => {
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

    it.each(['some', 'every', 'find'] as const)(
      '%s closes the source when the predicate throws',
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
    it('folds the values from an initial value, the counter starting at 0', () => {
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

    it('without an initial value, starts from the first value and the counter 1', () => {
      const counters: number[] = []
      const total = helpers.reduce(open(spySource([1, 2, 3])), (sum, n, counter) => {
        counters.push(counter)
        return sum + n
      })
      expect(total).toBe(6)
      expect(
        counters,
        'the first value is the accumulator, so the first call has counter 1',
      ).toEqual([1, 2])
    })

    it('throws a TypeError for an empty iterator with no initial value', () => {
      expect(
        () => helpers.reduce(open(spySource<number>([])), (a, b) => a + b),
        'with nothing to start from, reduce() must throw a TypeError, not return undefined',
      ).toThrow(TypeError)
      expect(
        messageOf(() => helpers.reduce(open(spySource<number>([])), (a, b) => a + b)),
        'say why in the message: there is no initial value',
      ).toMatch(/no initial value/i)
    })

    it('returns the initial value for an empty iterator', () => {
      expect(helpers.reduce(open(spySource<number>([])), (a: number, b: number) => a + b, 0)).toBe(
        0,
      )
    })

    it('counts an explicit undefined as an initial value', () => {
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

    it('closes the source when the reducer throws', () => {
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
    it('map applies the mapper with (value, counter)', () => {
      const mapped = helpers.map(open(spySource(['a', 'b'])), (value, counter) => value + counter)
      expect(collect(mapped)).toEqual(['a0', 'b1'])
    })

    it('map pulls nothing until the first next(), then one value per next()', () => {
      const source = infiniteSource()
      const mapped = helpers.map(open(source), (n) => n * 2)
      expect(source, 'map() must be lazy: do not pull when it is called').toHavePulled(0)
      expect(pull(mapped, 2)).toEqual([0, 2])
      expect(source).toHavePulled(2)
    })

    it('map returns an iterator that is iterable too', () => {
      const mapped = helpers.map(open(spySource([1])), (n) => n)
      expect(
        mapped[Symbol.iterator]() === mapped,
        'the result must be an iterable iterator: its [Symbol.iterator]() returns itself',
      ).toBe(true)
    })

    it('map closes the source when the consumer breaks out of a loop', () => {
      const source = spySource([1, 2, 3])
      for (const value of helpers.map(open(source), (n) => n)) if (value === 1) break
      expect(source).toBeClosedOnce()
    })

    it('map closes the source on return() before the first next()', () => {
      const source = spySource([1, 2, 3])
      helpers.map(open(source), (n) => n).return?.()
      expect(
        source,
        'return() before any next() must close the source too; a plain generator skips that, as its body never ran',
      ).toBeClosedOnce()
      expect(source).toHavePulled(0)
    })

    it('map answers done to return() before the first next(), and closes the source only once', () => {
      const source = spySource([1, 2, 3])
      const mapped = helpers.map(open(source), (n) => n)
      const result = mapped.return?.()
      expect(result?.done, 'return() answers { done: true, value: undefined }').toBe(true)
      expect(result?.value).toBeUndefined()
      mapped.return?.()
      expect(
        source,
        'a second return() finds the helper finished: it must not close the source again',
      ).toBeClosedOnce()
      expect(mapped.next().done, 'after return(), the helper is finished').toBe(true)
    })

    it('map closes the source when the mapper throws, and is done after', () => {
      const source = spySource([1, 2, 3])
      const mapped = helpers.map(open(source), () => {
        throw new Error('boom')
      })
      expect(() => mapped.next()).toThrow('boom')
      expect(source, 'map() must close the source when the mapper throws').toBeClosedOnce()
      expect(mapped.next().done, 'after the mapper threw, the helper is finished').toBe(true)
    })

    it('map passes on an error from the source itself, without closing it', () => {
      let closes = 0
      const broken = {
        next(): IteratorResult<number> {
          throw new Error('source failed')
        },
        return(): IteratorResult<number> {
          closes += 1
          return { done: true, value: undefined }
        },
      }
      const mapped = helpers.map(broken, (n) => n)
      expect(() => mapped.next()).toThrow('source failed')
      expect(
        closes,
        'the source failed by itself: do not call its return(); close only a source you stop reading',
      ).toBe(0)
    })

    it('map does not close a source that finished by itself', () => {
      const source = spySource([1, 2])
      collect(helpers.map(open(source), (n) => n))
      expect(source).not.toBeClosed()
    })

    it('filter keeps the values the predicate accepts, lazily', () => {
      const source = infiniteSource()
      const evens = helpers.filter(open(source), (n) => n % 2 === 0)
      expect(source, 'filter() must be lazy: do not pull when it is called').toHavePulled(0)
      expect(pull(evens, 3)).toEqual([0, 2, 4])
      expect(source).toHavePulled(5)
    })

    it("filter's counter counts every value seen, kept or not", () => {
      const kept = helpers.filter(
        open(spySource(['a', 'b', 'c', 'd'])),
        (_, counter) => counter >= 2,
      )
      expect(collect(kept), 'increase the counter for every value, not only for kept ones').toEqual(
        ['c', 'd'],
      )
    })

    it('filter closes the source on return() before the first next()', () => {
      const source = spySource([1, 2, 3])
      helpers.filter(open(source), () => true).return?.()
      expect(source, 'return() before any next() must close the source too').toBeClosedOnce()
    })
  })
})

describe('5. take and drop', () => {
  describe.each(implementations)('%s', (_, helpers) => {
    it('take yields the first n values, pulling exactly n', () => {
      const source = infiniteSource()
      const taken = helpers.take(open(source), 3)
      expect(source, 'take() must be lazy: do not pull when it is called').toHavePulled(0)
      expect(collect(taken)).toEqual([0, 1, 2])
      expect(
        source,
        'take(it, n) must not pull an extra value to find out it is done',
      ).toHavePulled(3)
    })

    it('take closes the source when it has given its n values', () => {
      const source = spySource([1, 2, 3, 4])
      collect(helpers.take(open(source), 2))
      expect(
        source,
        'take() stopped before the source was done, so it must close it',
      ).toBeClosedOnce()
    })

    it('take(0) pulls nothing and closes the source at the first next()', () => {
      const source = spySource([1, 2])
      const taken = helpers.take(open(source), 0)
      expect(taken.next().done).toBe(true)
      expect(source).toHavePulled(0)
      expect(source).toBeClosedOnce()
    })

    it('take(0) works on an iterator that has no return()', () => {
      const taken = helpers.take(bareIterator([1, 2]), 0)
      expect(
        taken.next().done,
        'return() is optional: close an iterator with iterator.return?.(), not iterator.return()',
      ).toBe(true)
    })

    it('take converts its count as the standard does: "2" is 2, 1.5 is 1, Infinity is all', () => {
      expect(collect(helpers.take(open(spySource([1, 2, 3])), '2' as never))).toEqual([1, 2])
      expect(
        collect(helpers.take(open(spySource([1, 2, 3])), 1.5)),
        'the standard truncates a fraction (1.5 takes 1 value); it does not refuse it',
      ).toEqual([1])
      expect(
        collect(helpers.take(open(spySource([1, 2, 3])), Infinity)),
        'take(it, Infinity) is allowed and takes every value',
      ).toEqual([1, 2, 3])
    })

    it('take closes the source on return() before the first next()', () => {
      const source = spySource([1, 2, 3])
      helpers.take(open(source), 2).return?.()
      expect(source, 'return() before any next() must close the source too').toBeClosedOnce()
    })

    it('drop skips the first n values, pulling them only at the first next()', () => {
      const source = spySource([1, 2, 3, 4])
      const rest = helpers.drop(open(source), 2)
      expect(
        source,
        'drop() must be lazy: skip values at the first next(), not when called',
      ).toHavePulled(0)
      expect(collect(rest)).toEqual([3, 4])
    })

    it('drop past the end is simply empty', () => {
      const source = spySource([1, 2])
      expect(collect(helpers.drop(open(source), 5))).toEqual([])
      expect(source).not.toBeClosed()
    })

    it('drop closes the source when the consumer stops early', () => {
      const source = spySource([1, 2, 3, 4])
      const rest = helpers.drop(open(source), 1)
      rest.next()
      rest.return?.()
      expect(source).toBeClosedOnce()
    })
  })
})

describe('6. flatMap', () => {
  describe.each(implementations)('%s', (_, helpers) => {
    it('flattens the iterables the mapper returns, one level', () => {
      const flat = helpers.flatMap(open(spySource([1, 2])), (n, counter) => [n, n * 10 + counter])
      expect(collect(flat)).toEqual([1, 10, 2, 21])
    })

    it('accepts an iterator, a Set or a generator from the mapper', () => {
      const flat = helpers.flatMap(open(spySource([0, 1, 2])), (n) =>
        n === 0
          ? bareIterator(['iterator'])
          : n === 1
            ? new Set(['set'])
            : (function* () {
                yield 'generator'
              })(),
      )
      expect(collect(flat)).toEqual(['iterator', 'set', 'generator'])
    })

    it('is lazy: pulls the outer source only when the inner one is used up', () => {
      const source = infiniteSource()
      const flat = helpers.flatMap(open(source), (n) => [n, n])
      expect(source).toHavePulled(0)
      expect(pull(flat, 3)).toEqual([0, 0, 1])
      expect(source, 'flatMap() must not read ahead in the outer source').toHavePulled(2)
    })

    it('refuses a string from the mapper with a TypeError and closes the source', () => {
      const source = spySource(['ab', 'cd'])
      const flat = helpers.flatMap(open(source), (word) => word)
      expect(
        () => flat.next(),
        'flatMap() refuses strings (they would be split into characters): throw a TypeError',
      ).toThrow(TypeError)
      expect(source, 'the refused value is an error: close the outer source').toBeClosedOnce()
    })

    it('refuses a number from the mapper with a TypeError', () => {
      const flat = helpers.flatMap(open(spySource([1])), (n) => n as never)
      expect(() => flat.next()).toThrow(TypeError)
    })

    it('closes both the inner iterable and the outer source when the consumer stops', () => {
      const outer = spySource([1, 2], { label: 'the outer source' })
      const inner = spySource(['a', 'b'], { label: 'the inner iterable' })
      const flat = helpers.flatMap(open(outer), () => inner)
      flat.next()
      flat.return?.()
      expect(inner, 'stopping in the middle of an inner iterable must close it').toBeClosedOnce()
      expect(outer, 'and then the outer source').toBeClosedOnce()
    })

    it.skipIf(helpers !== yours)('names itself and the refused value in its error', () => {
      const flat = helpers.flatMap(open(spySource(['ab'])), (word) => word)
      const message = messageOf(() => flat.next())
      expect(message, 'start the message with the helper: "flatMap() needs …"').toContain(
        'flatMap()',
      )
      expect(message, 'show the refused string in quotes').toContain('"ab"')
    })

    it('closes the source when the mapper throws', () => {
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
    it('turns an iterable into an iterator, opening it once and pulling nothing', () => {
      const source = spySource([1, 2])
      const iterator = helpers.from(source)
      expect(source.opens, 'from() must call [Symbol.iterator]() once').toBe(1)
      expect(source).toHavePulled(0)
      expect(collect(iterator)).toEqual([1, 2])
    })

    it('iterates a string by code point', () => {
      expect(collect(helpers.from('a😀')), 'from() accepts strings, split by code point').toEqual([
        'a',
        '😀',
      ])
    })

    it.each([
      ['a number', 42],
      ['null', null],
      ['undefined', undefined],
    ])('throws a TypeError for %s', (_, value) => {
      expect(() => helpers.from(value as never)).toThrow(TypeError)
    })

    it.each([
      ['a number', 5],
      ['null', null],
    ])(
      'throws a TypeError when [Symbol.iterator]() returns %s instead of an object',
      (_, result) => {
        const broken = { [Symbol.iterator]: () => result }
        expect(
          () => helpers.from(broken as never),
          'what [Symbol.iterator]() returns must be an object, or there is nothing to call next() on',
        ).toThrow(TypeError)
      },
    )

    it.skipIf(helpers !== yours)('names itself and the refused value in its errors', () => {
      const refused = messageOf(() => helpers.from(null as never))
      expect(refused, 'start the message with the helper: "from() needs …"').toContain('from()')
      expect(refused, 'show the refused value: null').toContain('null')
      const broken = messageOf(() => helpers.from({ [Symbol.iterator]: () => 5 } as never))
      expect(broken, 'start the message with the helper: "from() …"').toContain('from()')
      expect(broken, 'say that [Symbol.iterator]() returned the wrong thing').toContain(
        '[Symbol.iterator]()',
      )
    })

    it('returns a generator object itself, since it already is a proper iterator', () => {
      const generator = (function* () {
        yield 1
      })()
      expect(
        helpers.from(generator) === generator,
        'an iterator that inherits from Iterator.prototype needs no wrapper: return it as it is',
      ).toBe(true)
    })

    it('wraps a bare iterator so that it becomes iterable', () => {
      const wrapped = helpers.from(bareIterator(['x', 'y']))
      const values: string[] = []
      for (const value of wrapped) values.push(value)
      expect(values).toEqual(['x', 'y'])
    })

    it('returns its own wrapper unchanged when given it again', () => {
      const wrapped = helpers.from(bareIterator([1]))
      expect(
        helpers.from(wrapped) === wrapped,
        "the wrapper should inherit from Iterator.prototype (Object.getPrototypeOf of an array iterator's prototype)",
      ).toBe(true)
    })

    it("the wrapper's return() closes the underlying iterator", () => {
      // A spy's iterator does not inherit from Iterator.prototype, so from() has to wrap it.
      const source = spySource([1, 2, 3])
      const wrapped = helpers.from(source)
      wrapped.next()
      wrapped.return?.()
      expect(source, "the wrapper's return() must call the underlying return()").toBeClosedOnce()
    })

    it("the wrapper's return() answers done when the underlying iterator has none", () => {
      const result = helpers.from(bareIterator([1])).return?.()
      expect(result?.done).toBe(true)
      expect(result?.value).toBeUndefined()
    })
  })
})

describe('8. arguments are checked when a helper is called', () => {
  describe.each(implementations)('%s', (_, helpers, current) => {
    const callbackHelpers = [
      'map',
      'filter',
      'flatMap',
      'forEach',
      'some',
      'every',
      'find',
      'reduce',
    ] as const

    it.each(callbackHelpers)(
      '%s throws a TypeError at once for a callback that is not a function',
      (name) => {
        const source = spySource([1, 2])
        const call = () =>
          (helpers[name] as (...args: unknown[]) => unknown)(open(source), notAFunction)
        expect(
          call,
          `${name}() must check its callback when called, not at the first next() (inside a generator body the check runs too late)`,
        ).toThrow(TypeError)
        expect(source, 'a refused call must not pull anything').toHavePulled(0)
      },
    )

    // Skipped only for a native engine that predates the 2024 change (Node 22): yours must close.
    for (const name of callbackHelpers) {
      it.skipIf(!current)(`${name} closes the source when the callback is not a function`, () => {
        const source = spySource([1, 2])
        const call = () =>
          (helpers[name] as (...args: unknown[]) => unknown)(open(source), notAFunction)
        expect(call).toThrow(TypeError)
        expect(
          source,
          `${name}() refused its callback: it must close the iterator it was given (the standard does since 2024)`,
        ).toBeClosedOnce()
      })
    }

    it.each(['take', 'drop'] as const)(
      '%s throws a RangeError at once for NaN and negative counts',
      (name) => {
        for (const count of [NaN, 'many', -1]) {
          const source = spySource([1, 2])
          expect(
            () => helpers[name](open(source), count as number),
            `${name}(it, ${String(count)}) must throw a RangeError when called`,
          ).toThrow(RangeError)
          expect(source).toHavePulled(0)
        }
      },
    )

    for (const name of ['take', 'drop'] as const) {
      it.skipIf(!current)(`${name} closes the source when the count is refused`, () => {
        const source = spySource([1, 2])
        expect(() => helpers[name](open(source), -1)).toThrow(RangeError)
        expect(
          source,
          `${name}() refused its count: it must close the iterator it was given`,
        ).toBeClosedOnce()
      })
    }

    it.skipIf(!current)(
      'take passes on an error from converting the count, and closes the source',
      () => {
        const source = spySource([1, 2])
        const boom = new Error('valueOf failed')
        const count = {
          valueOf: () => {
            throw boom
          },
        }
        expect(() => helpers.take(open(source), count as never)).toThrow(boom)
        expect(source).toBeClosedOnce()
      },
    )

    it('checks that the iterator is an object before it converts the count', () => {
      let converted = false
      const count = {
        valueOf: () => {
          converted = true
          return 1
        },
      }
      expect(() => helpers.take(42 as never, count as never)).toThrow(TypeError)
      expect(
        converted,
        'check the iterator first: take(42, count) must not convert the count',
      ).toBe(false)
    })

    // The engine words its errors its own way: only your messages are checked.
    describe.skipIf(helpers !== yours)('every error names the helper and the refused value', () => {
      const otherArguments: Record<string, unknown[]> = { take: [1], drop: [1], toArray: [] }
      it.each(Object.keys(yours).filter((name) => name !== 'from'))(
        '%s, for an iterator that is not an object',
        (name) => {
          const args = otherArguments[name] ?? [() => true]
          const message = messageOf(() =>
            (helpers[name as keyof Helpers] as (...args: unknown[]) => unknown)(42, ...args),
          )
          expect(message, `start the message with the helper: "${name}() needs …"`).toContain(
            `${name}()`,
          )
          expect(message, 'show the refused value: 42').toContain('42')
        },
      )

      it.each(callbackHelpers)('%s, for a callback that is not a function', (name) => {
        const message = messageOf(() =>
          (helpers[name] as (...args: unknown[]) => unknown)(open(spySource([1])), 'oops'),
        )
        expect(message, `start the message with the helper: "${name}() needs …"`).toContain(
          `${name}()`,
        )
        expect(message, 'show a refused string in quotes: "oops"').toContain('"oops"')
      })

      it('map, for an object as the mapper', () => {
        const message = messageOf(() => helpers.map(open(spySource([1])), {} as never))
        expect(
          message,
          'describe an object as "an object": String({}) gives a useless [object Object]',
        ).toContain('an object')
      })

      it.each(['take', 'drop'] as const)('%s, for a count that is not a number', (name) => {
        const message = messageOf(() => helpers[name](open(spySource([1])), 'many' as never))
        expect(message, `start the message with the helper: "${name}() needs …"`).toContain(
          `${name}()`,
        )
        expect(message, 'show the refused count: "many"').toContain('"many"')
      })

      it.each(['take', 'drop'] as const)('%s, for a negative count', (name) => {
        const message = messageOf(() => helpers[name](open(spySource([1])), -1))
        expect(message, `start the message with the helper: "${name}() needs …"`).toContain(
          `${name}()`,
        )
        expect(message, 'show the refused count: -1').toContain('-1')
      })
    })

    it('reports the argument error even when closing the source fails', () => {
      const source = {
        next: () => ({ done: true as const, value: undefined }),
        return: () => {
          throw new Error('return() failed')
        },
      }
      let error: unknown
      try {
        helpers.map(source, notAFunction)
      } catch (caught) {
        error = caught
      }
      expect(
        error instanceof TypeError,
        'the TypeError about the callback must win over an error thrown while closing',
      ).toBe(true)
    })
  })
})

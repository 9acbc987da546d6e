import { attempt, collect, infiniteSource, restartingIterator, spySource } from '@iterlings/testing'
import { describe, expect, it } from 'vitest'
import { isIterable, isIterator, iter, next, StopIteration } from '../src/index.ts'

const fruits = ['apple', 'banana', 'cherry'] as const

function* countdown() {
  yield 3
  yield 2
  yield 1
}

/** An iterator that is not iterable: only a `next()`. */
const bareIterator = (values: unknown[] = []) => {
  let index = 0
  return {
    next: () =>
      index < values.length
        ? { done: false as const, value: values[index++] }
        : { done: true as const, value: undefined },
  }
}

describe('1. iter', () => {
  it.each([
    ['an array', fruits, ['apple', 'banana', 'cherry']],
    ['a string primitive', 'hey', ['h', 'e', 'y']],
    [
      'a Map, as [key, value] entries',
      new Map([
        ['ada', 36],
        ['alan', 41],
      ]),
      [
        ['ada', 36],
        ['alan', 41],
      ],
    ],
    ['a Set, in insertion order', new Set(['x', 'y', 'x', 'z']), ['x', 'y', 'z']],
    ['a generator object', countdown(), [3, 2, 1]],
    ['your own iterable', { [Symbol.iterator]: () => [7, 8][Symbol.iterator]() }, [7, 8]],
  ])('1.1 works on %s', (kind, iterable, expected) => {
    const result = attempt(() => iter(iterable as Iterable<unknown>))
    if (result.threw)
      throw new Error(
        kind === 'a string primitive'
          ? 'iter() refused a string primitive: a string is not an object, yet it is iterable; check that value[Symbol.iterator] is a function, not that typeof value is "object"'
          : `iter() threw on ${kind}, which is iterable: ${String(result.error)}`,
      )
    expect(collect(result.value)).toEqual(expected)
  })

  it('1.2 returns the iterator [Symbol.iterator]() returned, not a wrapper', () => {
    const own = [1, 2][Symbol.iterator]()
    const iterable = { [Symbol.iterator]: () => own }
    expect(
      iter(iterable) === own,
      'iter() must hand back exactly what [Symbol.iterator]() returned: a wrapper of your own loses the iterator’s return() and [Symbol.iterator]',
    ).toBe(true)
  })

  it('1.2 returns a generator object itself, still iterable and closable', () => {
    const generator = countdown()
    const iterator = iter(generator)
    expect(
      iterator === generator,
      'iter(generator) must be the generator itself, as its [Symbol.iterator]() returns it',
    ).toBe(true)
    expect(typeof (iterator as Partial<Iterable<number>>)[Symbol.iterator]).toBe('function')
    expect(typeof iterator.return).toBe('function')
  })

  it('1.3 opens the iterable exactly once and pulls nothing', () => {
    const source = spySource([1, 2, 3])
    iter(source)
    expect(
      source.opens,
      source.opens > 1
        ? `iter() called [Symbol.iterator]() ${source.opens} times: checking by calling it opens the value; check that it is a function, then call it once`
        : 'iter() should call [Symbol.iterator]() exactly once',
    ).toBe(1)
    expect(source).toHavePulled(0)
  })

  it('1.3 works on an infinite source, because it pulls nothing', () => {
    const source = infiniteSource()
    const iterator = iter(source)
    expect(source).toHavePulled(0)
    expect([iterator.next().value, iterator.next().value]).toEqual([0, 1])
  })

  it('1.3 gives a fresh iterator on every call for an array', () => {
    iter(fruits).next()
    expect(
      iter(fruits).next().value,
      'a second iter() on an array must start again at the beginning',
    ).toBe('apple')
  })

  it('1.4 opens an iterator through its own [Symbol.iterator](), which may restart it', () => {
    const counter = restartingIterator()
    counter.next()
    counter.next()
    const iterator = iter(counter)
    expect(
      counter.opens > 0,
      'iter(iterator) must call the iterator’s [Symbol.iterator]() like any iterable’s, as Python’s iter() calls __iter__: an iterator is not handed back untouched',
    ).toBe(true)
    expect(iterator.next().value, 'this iterator restarts when it is opened').toBe(1)
  })

  it('1.4 an opened array iterator carries on where it was', () => {
    const arrayIterator = fruits[Symbol.iterator]()
    arrayIterator.next()
    expect(iter(arrayIterator).next().value).toBe('banana')
  })

  it.each([
    ['the number 42', 42],
    ['null', null],
    ['undefined', undefined],
    ['a plain object', {}],
    ['an object whose [Symbol.iterator] is 42', { [Symbol.iterator]: 42 }],
    ['an iterator that is not iterable (only a next())', bareIterator()],
  ])('1.5 throws a TypeError that says "not iterable" for %s', (kind, value) => {
    const result = attempt(() => iter(value as unknown as Iterable<unknown>))
    if (!result.threw)
      throw new Error(
        kind.startsWith('an iterator')
          ? 'iter() accepted an object with only a next(): it is an iterator, but not iterable (no [Symbol.iterator]), so for...of refuses it and iter() must too'
          : `iter() must refuse ${kind}: it is not iterable`,
      )
    const { error } = result
    expect(error, `iter() must throw a TypeError for ${kind}`).toBeInstanceOf(TypeError)
    const message = (error as Error).message
    expect(
      message,
      `the TypeError's message must contain the words "not iterable", as the engine's own does ("42 is not iterable"), but it says "${message}"` +
        (/not a function|Cannot read/.test(message)
          ? ': that is the engine’s error from calling a missing method; check first, then throw your own'
          : ''),
    ).toMatch(/not iterable/)
  })

  it.each([
    ['the number 42', 42],
    ['undefined', undefined],
    ['a string', 'abc'],
  ])('1.6 throws a TypeError when [Symbol.iterator]() returns %s', (kind, returned) => {
    const iterable = { [Symbol.iterator]: () => returned } as unknown as Iterable<unknown>
    const result = attempt(() => iter(iterable))
    if (!result.threw)
      throw new Error(
        `iter() handed back ${kind}, what [Symbol.iterator]() returned: that is not an object, so it is no iterator. Check what you got before you return it, and throw a TypeError, as for...of does ("Result of the Symbol.iterator method is not an object")`,
      )
    expect(result.error, `iter() must throw a TypeError when it gets ${kind}`).toBeInstanceOf(
      TypeError,
    )
    expect(
      (result.error as Error).message,
      'say what is wrong, as for...of does: the message must contain "not an object"',
    ).toMatch(/not an object/)
  })

  it('1.6 takes a function with a next method as the iterator, since functions are objects', () => {
    const iterator = Object.assign(() => 0, { next: () => ({ done: true, value: undefined }) })
    expect(
      attempt(() => iter({ [Symbol.iterator]: () => iterator })),
      'a function is an object too (typeof says "function"): what [Symbol.iterator]() returned is an iterator',
    ).toEqual({ threw: false, value: iterator })
  })
})

describe('2. next', () => {
  it('2.1 calls iterator.next() exactly once per call', () => {
    const source = spySource(['a', 'b', 'c'])
    const iterator = iter(source)
    expect(next(iterator)).toBe('a')
    expect(
      source.pulls,
      source.pulls === 2
        ? 'next() called iterator.next() twice: once to look at done and once for the value, so every other value is lost. Call it once, keep the result, read done and value from it'
        : `next() should call iterator.next() exactly once, but called it ${source.pulls} times`,
    ).toBe(1)
    expect(next(iterator)).toBe('b')
  })

  it('2.1, 2.5 the seed: apple, banana, cherry, then StopIteration', () => {
    const mytuple = ['apple', 'banana', 'cherry'] as const
    const myit = iter(mytuple)
    const printed = [next(myit), next(myit), next(myit)]
    expect(printed).toEqual(['apple', 'banana', 'cherry'])
    expect(() => next(myit)).toThrow(StopIteration)
  })

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['0', 0],
    ["''", ''],
  ])('2.2 returns a value of %s as it is, not the fallback', (label, value) => {
    const iterator = iter([value, 'after'])
    expect(
      next(iterator, 'fallback'),
      `${label} was a real value of the iterator (done was false): only done says the end; \`value === undefined\` or \`value ?? fallback\` mistakes a real value for it`,
    ).toBe(value)
    expect(next(iterator)).toBe('after')
  })

  it('2.3 takes a result without done as a value', () => {
    const iterator = { next: () => ({ value: 4 }) } as Iterator<number>
    const result = attempt(() => next(iterator, -1))
    expect(
      result,
      'a result that leaves done out is not done (for...of reads a missing done as false): test `!result.done`, not `result.done === false`',
    ).toEqual({ threw: false, value: 4 })
  })

  it.each([
    ['0', 0],
    ["''", ''],
  ])('2.3 takes a result whose done is %s as a value', (label, done) => {
    const iterator = { next: () => ({ done, value: 4 }) } as unknown as Iterator<number>
    expect(
      attempt(() => next(iterator, -1)),
      `done: ${label} is falsy, and for...of reads done by truthiness: it is not the end. Test \`!result.done\`, not \`result.done === false\``,
    ).toEqual({ threw: false, value: 4 })
  })

  it.each([
    ['1', 1],
    ["'yes'", 'yes'],
  ])('2.3 takes a result whose done is %s as the end', (label, done) => {
    const iterator = { next: () => ({ done, value: 4 }) } as unknown as Iterator<number>
    expect(
      attempt(() => next(iterator, -1)),
      `done: ${label} is truthy, and for...of reads done by truthiness: it is the end, so the fallback. Test \`!result.done\`, not \`result.done !== true\``,
    ).toEqual({ threw: false, value: -1 })
  })

  it('2.4 returns the fallback when the iterator is done', () => {
    expect(next(iter<string>([]), 'default')).toBe('default')
  })

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['0', 0],
    ["''", ''],
    ['false', false],
  ])('2.4 returns a fallback of %s', (label, fallback) => {
    const result = attempt(() => next(iter<string>([]), fallback))
    expect(
      result,
      `next(it, ${label}) passed a fallback, so return it: decide "was a fallback passed?" by counting the arguments (fallback.length === 1), not by looking at the fallback (\`??\`, \`||\`, \`if (fallback[0])\`, \`!== undefined\`)`,
    ).toEqual({ threw: false, value: fallback })
  })

  it('2.5 throws StopIteration when the iterator is done and no fallback was passed', () => {
    const iterator = iter(['only'])
    next(iterator)
    for (const call of ['the first', 'a later']) {
      const result = attempt(() => next(iterator))
      if (!result.threw)
        throw new Error(
          `${call} next() on a done iterator with no fallback returned ${String(result.value)}: it must throw StopIteration, as Python's does`,
        )
      expect(
        result.error,
        result.error === StopIteration
          ? '`throw StopIteration` throws the class itself: throw an instance, `throw new StopIteration()`'
          : 'throw the StopIteration the starter gives you: `throw new StopIteration()`',
      ).toBeInstanceOf(StopIteration)
      expect(result.error).toMatchObject({
        name: 'StopIteration',
        message: 'the iterator has no more values',
      })
    }
  })

  it('2.5 throws a new StopIteration each time', () => {
    const thrown = [iter([]), iter([])].map((iterator) => attempt(() => next(iterator)))
    expect(
      thrown.map(({ threw }) => threw),
      'next() on a done iterator must throw',
    ).toEqual([true, true])
    const [first, second] = thrown.map((result) => (result.threw ? result.error : undefined))
    expect(
      first === second,
      'two calls threw the very same StopIteration: an error keeps the stack of the place it was made, so make a new one each time, `throw new StopIteration()`, as Python raises a new one',
    ).toBe(false)
  })

  it('2.6 does not open the iterator it is given', () => {
    const counter = restartingIterator()
    const values = [next(counter), next(counter), next(counter)]
    expect(
      counter.opens,
      'next() called the iterator’s [Symbol.iterator](), which restarts this one: next() takes an iterator and only calls its next()',
    ).toBe(0)
    expect(values).toEqual([1, 2, 3])
  })

  it('2.6 works on an iterator that is not iterable', () => {
    const iterator = bareIterator(['x']) as Iterator<unknown>
    expect(next(iterator)).toBe('x')
    expect(next(iterator, 'end')).toBe('end')
  })

  it('2.7 lets the error thrown by the iterator’s next() through', () => {
    const failure = new Error('the disk is gone')
    const broken: Iterator<number> = {
      next() {
        throw failure
      },
    }
    for (const call of [() => next(broken), () => next(broken, 0)]) {
      const result = attempt(call)
      expect(
        result.threw && result.error === failure,
        'the iterator’s own error must reach the caller unchanged: do not catch it in next() (it is not the end, and not a reason for the fallback)',
      ).toBe(true)
    }
  })
})

describe('3. isIterable', () => {
  function* generator() {
    yield 1
  }
  it.each([
    ['a string primitive', 'text'],
    ['an empty string', ''],
    ['a String object', new String('text')],
    ['an array', [1, 2]],
    ['a Map', new Map()],
    ['a Set', new Set()],
    ['a typed array', new Uint8Array(2)],
    ['a generator object', generator()],
    [
      'an object with a [Symbol.iterator] method',
      { [Symbol.iterator]: () => [][Symbol.iterator]() },
    ],
  ])('3.1 is true for %s', (kind, value) => {
    expect(
      isIterable(value),
      kind.includes('string')
        ? 'a string primitive is iterable, though typeof says "string", not "object": check value[Symbol.iterator] itself'
        : `${kind} is iterable: check whether value[Symbol.iterator] is a function, not which kind of value it is`,
    ).toBe(true)
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a plain object', { a: 1 }],
    ['an object whose [Symbol.iterator] is not a function', { [Symbol.iterator]: 42 }],
  ])('3.2 is false for %s', (kind, value) => {
    const result = attempt(() => isIterable(value))
    expect(
      result,
      result.threw
        ? `isIterable() threw on ${kind}: answer false instead (optional chaining, value?.[Symbol.iterator], reads safely)`
        : 'only a [Symbol.iterator] that is a function makes a value iterable: `Symbol.iterator in value` is true for a key that holds anything',
    ).toEqual({ threw: false, value: false })
  })

  it('3.3 does not open the value it looks at', () => {
    const counter = restartingIterator()
    counter.next()
    const source = spySource([1])
    isIterable(counter)
    isIterable(source)
    expect(
      counter.opens + source.opens,
      'isIterable() called [Symbol.iterator]() to find out: that opens the value, and restarts this iterator. Only look: typeof value[Symbol.iterator] === "function"',
    ).toBe(0)
    expect(counter.next().value).toBe(2)
  })
})

describe('4. isIterator', () => {
  const callableIterator = Object.assign(() => 0, {
    next: () => ({ done: true as const, value: undefined }),
  })
  it.each([
    ['an array iterator', [1][Symbol.iterator]()],
    ['a Map iterator', new Map().entries()],
    ['a generator object', (function* () {})()],
    ['a bare { next() } that is not iterable', { next: () => ({ done: true, value: undefined }) }],
    ['a function with a next method', callableIterator],
  ])('4.1 is true for %s', (kind, value) => {
    expect(
      isIterator(value),
      kind.startsWith('a bare')
        ? 'an iterator needs only a callable next; [Symbol.iterator] is what makes it iterable, which isIterator() does not ask'
        : kind.startsWith('a function')
          ? 'a function with a callable next is an iterator too: functions are objects, but typeof says "function", not "object"'
          : 'an iterator is an object whose next is a function',
    ).toBe(true)
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an array (iterable, but not an iterator)', [1, 2]],
    ['a string', 'next'],
    ['an object whose next is not a function', { next: 1 }],
  ])('4.2 is false for %s', (kind, value) => {
    const result = attempt(() => isIterator(value))
    expect(
      result,
      result.threw
        ? `isIterator() threw on ${kind}: typeof null is "object" too, so rule out null (and undefined) before reading .next`
        : 'an iterator’s next must be a function: `"next" in value` is true for a key that holds anything',
    ).toEqual({ threw: false, value: false })
  })

  it('4.3 does not pull from the iterator it looks at', () => {
    const source = spySource(['first'])
    const iterator = source[Symbol.iterator]()
    expect(isIterator(iterator)).toBe(true)
    expect(
      source.pulls,
      'isIterator() called next() to find out: that pulls a value the caller never sees. Only look: typeof value.next === "function"',
    ).toBe(0)
    expect(iterator.next().value).toBe('first')
  })
})

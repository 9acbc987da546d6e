import { collect, infiniteSource, pull, spySource } from '@iterlings/testing'
import { describe, expect, it } from 'vitest'
import {
  fibonacci,
  flatten,
  inOrder,
  MyNumbers,
  myNumbers,
  Numbers,
  readAll,
  takeBelow,
  type LineReader,
  type TreeNode,
} from '../src/index.ts'

/** Checks what makes a generator object special: it is an iterator and its own iterable. */
function expectGeneratorObject(
  value: Iterator<unknown>,
  name: string,
  how = 'declare it with function* and yield its values',
) {
  expect(
    Object.prototype.toString.call(value),
    `${name} should return a generator object: ${how}`,
  ).toBe('[object Generator]')
  expect(
    (value as unknown as Iterable<unknown>)[Symbol.iterator]() === value,
    `a generator object's [Symbol.iterator]() returns the object itself`,
  ).toBe(true)
  expect(
    [typeof value.return, typeof value.throw],
    'a generator object has return() and throw() as well as next()',
  ).toEqual(['function', 'function'])
}

describe('1. myNumbers', () => {
  it('1.1 returns a generator object, which is an iterator and its own iterable', () => {
    expectGeneratorObject(myNumbers(3), 'myNumbers()')
  })

  it('1.2 yields 1 up to the limit, the limit included, then stays done', () => {
    const numbers = myNumbers(5)
    expect(
      collect(numbers),
      'count from 1 up to and including the limit: current <= limit, not current < limit',
    ).toEqual([1, 2, 3, 4, 5])
    expect(numbers.next().done, 'once finished, a generator stays done').toBe(true)
  })

  it('1.2 yields no number above a limit that is not whole', () => {
    expect(
      pull(myNumbers(2.5), 5),
      'myNumbers(2.5) yields 1, 2: 3 is above the limit; keep going while current <= limit (current < limit + 1 lets 3 through)',
    ).toEqual([1, 2])
  })

  it('1.2 yields what the seed class MyNumbers yields', () => {
    expect(collect(myNumbers(20))).toEqual(collect(new MyNumbers(20)))
  })

  it('1.3 yields nothing when the limit is 0', () => {
    const values = pull(myNumbers(0), 5)
    expect(
      values,
      values.length > 0
        ? 'myNumbers(0) counted: 0 is a limit, not a missing one (`!limit` or `limit || Infinity` treat it as "no limit"); let the default parameter stand in for a missing limit only'
        : 'with limit 0 there is no number from 1 to 0',
    ).toEqual([])
  })

  it('1.4 counts forever when no limit is given, like the seed class', () => {
    let values: number[] = []
    let error: unknown
    try {
      values = pull(myNumbers(), 1000)
    } catch (thrown) {
      error = thrown
    }
    expect(
      error === undefined ? values.length : String(error),
      error === undefined
        ? 'with no limit, myNumbers() never stops: give the limit a default of Infinity'
        : 'myNumbers() threw: with no limit there is no array long enough; count in a loop and yield each number when it is asked for',
    ).toBe(1000)
    expect(values.at(-1), 'the 1000th number is 1000: start at 1 and count up by 1').toBe(1000)
  })

  it('1.5 starts every call at 1, independent of other calls', () => {
    pull(myNumbers(5), 3)
    expect(
      pull(myNumbers(5), 2),
      'keep the counter inside the generator function: a variable outside is shared by every call',
    ).toEqual([1, 2])
  })
})

describe('2. fibonacci', () => {
  it('2.1 returns a generator object', () => {
    expectGeneratorObject(fibonacci(), 'fibonacci()')
  })

  it('2.1 stops for good when the consumer calls return()', () => {
    const numbers = fibonacci()
    pull(numbers, 3)
    numbers.return(undefined)
    expect(numbers.next().done, 'a generator object ends when its return() is called').toBe(true)
  })

  it('2.2 starts 0, 1, 1, 2, 3, 5, 8, 13, 21, 34', () => {
    const values = pull(fibonacci(), 10)
    const [first, second, third] = values
    expect(
      values,
      first === 1 && second === 1 && third === 2
        ? 'the sequence starts at 0: yield the current number before you move the pair along'
        : first === 0 && second === 1 && third === 2
          ? 'each number is the sum of the two before it: work out the sum before you overwrite either number (a = b; b = a + b adds the new a)'
          : 'the sequence starts 0, 1, and each later number is the sum of the two before it',
    ).toEqual([0, 1, 1, 2, 3, 5, 8, 13, 21, 34])
  })

  it('2.3 never runs out: each of the first 500 numbers is the sum of the two before it', () => {
    const values = pull(fibonacci(), 500)
    expect(
      values.length,
      'fibonacci() is infinite: loop forever and yield, do not precompute a list',
    ).toBe(500)
    const broken = values.findIndex(
      (value, index) => index >= 2 && value !== (values[index - 1] ?? 0) + (values[index - 2] ?? 0),
    )
    expect(broken, `value number ${broken} is not the sum of the two before it`).toBe(-1)
  })

  it('2.4 starts again at the beginning on every call', () => {
    const first = pull(fibonacci(), 5)
    expect(
      pull(fibonacci(), 3),
      'a second fibonacci() went on where the first one stopped: each call must get its own pair of numbers, kept inside the generator function',
    ).toEqual(first.slice(0, 3))
  })
})

describe('3. takeBelow', () => {
  it('3.1 does not yield the value that reached the limit', () => {
    const values = collect(takeBelow([1, 5, 2], 5))
    expect(
      values,
      values.includes(5)
        ? 'a value equal to the limit is not below it: check each value with < before you yield it'
        : 'stop at the first value that reaches the limit (3.2): nothing after it comes out',
    ).toEqual([1])
  })

  it('3.1 yields the values below the limit, in order', () => {
    expect(collect(takeBelow([1, 2, 3, 10], 5))).toEqual([1, 2, 3])
  })

  it('3.2 stops at the first value that is not below the limit', () => {
    expect(
      collect(takeBelow([1, 2, 3, 10, 4], 5)),
      'stop for good at the first value that reaches the limit (return, not continue): 4 comes after 10, so it is never yielded',
    ).toEqual([1, 2, 3])
  })

  it('3.3 stops at NaN, which is not below any limit', () => {
    expect(
      collect(takeBelow([1, NaN, 2], 5)),
      'NaN is not below the limit, but NaN >= limit is false too: test `!(value < limit)`',
    ).toEqual([1])
  })

  it('3.4 opens nothing until the first next()', () => {
    const source = spySource([1, 2, 3])
    takeBelow(source, 2)
    expect(
      source,
      'a generator body runs only at the first next(): takeBelow() itself must not touch the values',
    ).not.toHaveBeenOpened()
  })

  it('3.4 stops reading an infinite source', () => {
    const source = infiniteSource()
    expect(collect(takeBelow(source, 5))).toEqual([0, 1, 2, 3, 4])
    expect(source).toHavePulled(6) // 0 to 4, then 5, which reaches the limit
  })

  it('3.4 consumes the infinite fibonacci() safely', () => {
    const numbers = fibonacci()
    const source = infiniteSource(() => numbers.next().value as number, { label: 'fibonacci()' })
    expect(collect(takeBelow(source, 100))).toEqual([0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89])
  })

  it('3.5 closes the source it stops reading', () => {
    const source = infiniteSource()
    collect(takeBelow(source, 3))
    expect(source).toBeClosedOnce()
  })

  it('3.5 closes the source when the consumer stops early', () => {
    const source = infiniteSource()
    const values = takeBelow(source, 100)
    pull(values, 2)
    values.return(undefined)
    expect(source).toBeClosedOnce()
  })

  it('3.5 closes the source when the consumer throws an error in', () => {
    const source = infiniteSource()
    const values = takeBelow(source, 100)
    pull(values, 2)
    const stop = new Error('the consumer gave up')
    expect(() => values.throw(stop), "the consumer's error gets out of throw()").toThrow(stop)
    expect(
      source,
      "the consumer's throw() is an error at your yield, and it ends the walk: close the source then too (only a source whose own next() threw is not closed)",
    ).toBeClosedOnce()
  })

  it('3.5 does not close a source that ran out by itself', () => {
    const source = spySource([1, 2])
    collect(takeBelow(source, 10))
    expect(
      source,
      'the values ran out by themselves, so the source is finished and needs no closing',
    ).not.toBeClosed()
  })
})

/**
 * An array that records which of its indexes were read, as `name[index]`: by a plain read, or by
 * a read of the index's descriptor, which holds its value too.
 */
function watched<T>(name: string, items: T[], reads: string[]): T[] {
  const record = (key: string | symbol) => {
    if (typeof key === 'string' && /^\d+$/.test(key)) reads.push(`${name}[${key}]`)
  }
  return new Proxy(items, {
    get(target, key, receiver) {
      record(key)
      return Reflect.get(target, key, receiver)
    },
    getOwnPropertyDescriptor(target, key) {
      record(key)
      return Reflect.getOwnPropertyDescriptor(target, key)
    },
  })
}

describe('4. flatten', () => {
  it('4.1 returns a generator object', () => {
    expectGeneratorObject(flatten([1]), 'flatten()')
  })

  it('4.2 yields a flat array unchanged', () => {
    expect(collect(flatten([1, 2, 3]))).toEqual([1, 2, 3])
  })

  it('4.2 flattens arrays nested to any depth, in order', () => {
    expect(
      collect(flatten([1, [2, [3, [4, [5]]]], 6])),
      'an item that is an array is flattened the same way: call flatten on it and yield* what it yields',
    ).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('4.2 yields nothing for empty arrays, however deep', () => {
    expect(collect(flatten([[], [[]], 1, [[], 2]]))).toEqual([1, 2])
  })

  it('4.3 keeps strings whole', () => {
    let values: unknown[] | string
    try {
      values = collect(flatten(['ab', ['cd', ['ef']]]))
    } catch (error) {
      values = `threw ${String(error)}`
    }
    const split =
      typeof values === 'string' ||
      values.some((value) => typeof value === 'string' && value.length === 1)
    expect(
      values,
      split
        ? 'a string is iterable but it is a value here: test items with Array.isArray, not "is it iterable"'
        : 'strings inside nested arrays come out whole, in order',
    ).toEqual(['ab', 'cd', 'ef'])
  })

  it('4.3 opens only arrays: null, objects, Sets and generators are values', () => {
    const set = new Set([1, 2])
    const object = { a: 1 }
    const generator = myNumbers(2)
    const expected: unknown[] = [null, object, set, generator]
    let values: unknown[] | string
    try {
      values = collect(flatten<unknown>([null, [object, set], generator]))
    } catch (error) {
      values = `threw ${String(error)}`
    }
    // Compared one by one with ===: a matcher would walk (and use up) the generator.
    const same =
      Array.isArray(values) &&
      values.length === expected.length &&
      values.every((value, index) => value === expected[index])
    const opened = typeof values === 'string' || values.some((value) => !expected.includes(value))
    expect(
      same,
      opened
        ? 'only arrays are opened: test items with Array.isArray (typeof null and typeof a Set are "object" too, and a Set or a generator is iterable, yet each is one value here)'
        : 'some values went missing: every value of a nested array comes out, in order (4.2)',
    ).toBe(true)
  })

  it('4.4 reads nothing past the value it yields', () => {
    const reads: string[] = []
    const values = flatten(watched('outer', [1, watched('inner', [2, 3], reads), 4], reads))
    values.next()
    expect(
      reads,
      'flatten read ahead: yield each value as you reach it instead of flattening everything first',
    ).toEqual(['outer[0]'])
    values.next()
    expect(reads).toEqual(['outer[0]', 'outer[1]', 'inner[0]'])
  })
})

/**
 *         8
 *       /   \
 *      3     10
 *     / \      \
 *    1   6      14
 *       / \    /
 *      4   7  13
 */
const tree: TreeNode<number> = {
  value: 8,
  left: {
    value: 3,
    left: { value: 1 },
    right: { value: 6, left: { value: 4 }, right: { value: 7 } },
  },
  right: { value: 10, right: { value: 14, left: { value: 13 } } },
}

/** A copy of `node` whose nodes record, in `reads`, when their value is read. */
function watchedTree<T>(node: TreeNode<T> | undefined, reads: T[]): TreeNode<T> | undefined {
  if (node === undefined) return undefined
  return {
    left: watchedTree(node.left, reads),
    right: watchedTree(node.right, reads),
    get value() {
      reads.push(node.value)
      return node.value
    },
  }
}

describe('5. inOrder', () => {
  it('5.1 returns a generator object', () => {
    expectGeneratorObject(inOrder(tree), 'inOrder()')
  })

  it('5.2 yields a search tree in sorted order: left subtree, node, right subtree', () => {
    expect(
      collect(inOrder(tree)),
      'in order means all of the left subtree, then the node itself, then all of the right subtree, each with yield*',
    ).toEqual([1, 3, 4, 6, 7, 8, 10, 13, 14])
  })

  it('5.2 handles nodes with only one child', () => {
    const leftOnly: TreeNode<string> = { value: 'c', left: { value: 'b', left: { value: 'a' } } }
    const rightOnly: TreeNode<string> = { value: 'a', right: { value: 'b', right: { value: 'c' } } }
    expect(
      [collect(inOrder(leftOnly)), collect(inOrder(rightOnly))],
      'a missing child is undefined: walk it as an empty tree',
    ).toEqual([
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
    ])
  })

  it('5.3 yields nothing for an empty tree', () => {
    expect(collect(inOrder(undefined))).toEqual([])
  })

  it('5.3 yields values that are 0, an empty string or false', () => {
    const falsy: TreeNode<number | string | boolean> = {
      value: 0,
      left: { value: '' },
      right: { value: false, right: { value: 1 } },
    }
    const values = collect(inOrder(falsy))
    expect(
      values,
      values.length < 4 && !values.includes(1)
        ? 'only a missing node (undefined) is an empty tree: test `tree === undefined`, not `!tree.value`'
        : 'in order: the left subtree, the node, the right subtree, whatever the values are',
    ).toEqual(['', 0, false, 1])
  })

  it('5.3 yields a node whose value is undefined, and walks its children', () => {
    const values = collect(
      inOrder<number | undefined>({ value: undefined, left: { value: 1 }, right: { value: 2 } }),
    )
    expect(
      values,
      'a node whose value is undefined is still a node: only a missing node (tree === undefined) is nothing; yield its value and walk both children',
    ).toEqual([1, undefined, 2])
  })

  it('5.4 reads only the leftmost value to yield the first one', () => {
    const reads: number[] = []
    inOrder(watchedTree(tree, reads)).next()
    expect(
      reads,
      reads.length > 1
        ? 'inOrder read values ahead: read tree.value only when it is due, after the left subtree (destructuring { left, value, right } reads it at once), and yield each value as you reach it'
        : 'the first value in order is the leftmost one: walk the left subtree before you read the node (5.2)',
    ).toEqual([1])
  })

  it('5.4 stops walking when the consumer stops', () => {
    const reads: number[] = []
    const values = inOrder(watchedTree(tree, reads))
    pull(values, 3)
    values.return(undefined)
    expect(reads).toEqual([1, 3, 4])
  })
})

describe('6. Numbers', () => {
  it('6.1 is iterable: for...of over new Numbers(3) yields 1, 2, 3', () => {
    expect(collect(new Numbers(3))).toEqual([1, 2, 3])
    expect(collect(new Numbers(0)), 'new Numbers(0) yields nothing').toEqual([])
  })

  it('6.1 counts forever when no limit is given', () => {
    expect(
      pull(new Numbers(), 100).length,
      'new Numbers() has no limit: it counts forever, as myNumbers() does (a default of Infinity)',
    ).toBe(100)
  })

  it('6.2 returns a new generator object from every [Symbol.iterator]() call', () => {
    const numbers = new Numbers(3)
    const first = numbers[Symbol.iterator]()
    expectGeneratorObject(
      first,
      '[Symbol.iterator]()',
      'write it as a generator method, *[Symbol.iterator]() { … }',
    )
    expect(
      numbers[Symbol.iterator]() !== first,
      '[Symbol.iterator]() gave the same iterator twice: a generator method makes a new generator on every call',
    ).toBe(true)
  })

  it('6.3 gives every loop its own count, even nested loops', () => {
    const values = collect(new Numbers(2))
    const numbers = new Numbers(2)
    const pairs: string[] = []
    for (const a of numbers) for (const b of numbers) pairs.push(`${a}${b}`)
    expect(
      pairs,
      'the loops share one count: keep the counter inside the generator method, not in a field of the object',
    ).toEqual(values.flatMap((a) => values.map((b) => `${a}${b}`)))
  })

  it('6.3 starts the next loop at 1 after one that stopped early', () => {
    const values = collect(new Numbers(5))
    const numbers = new Numbers(5)
    for (const n of numbers) if (n === 2) break
    expect(
      collect(numbers),
      'a loop that broke off left its count behind: each loop gets its own generator, with its own count from 1',
    ).toEqual(values)
  })
})

/** A file being read: yields `lines`, returns `size`, and records in `events` when it runs. */
function file(name: string, lines: string[], size: number, events: string[] = []): LineReader {
  return (function* () {
    events.push(`${name} starts`)
    try {
      yield* lines
      return size
    } finally {
      events.push(`${name} ends`)
    }
  })()
}

describe('7. readAll', () => {
  it('7.1 yields the lines of each file in turn', () => {
    const lines = collect(
      readAll([file('a', ['a1', 'a2'], 10), file('b', [], 0), file('c', ['c1'], 5)]),
    )
    expect(
      lines,
      lines.some((line) => typeof line !== 'string')
        ? "yield* each file: that yields the file's lines, where a plain yield hands out the file itself"
        : 'the lines of every file, in turn, and nothing else',
    ).toEqual(['a1', 'a2', 'c1'])
    expect(collect(readAll([])), 'no files, no lines').toEqual([])
  })

  it('7.1 reads one line per next()', () => {
    const events: string[] = []
    const lines = readAll([file('a', ['a1'], 2, events), file('b', ['b1'], 2, events)])
    lines.next()
    expect(events, 'the first next() needs only the first line of the first file').toEqual([
      'a starts',
    ])
  })

  it('7.2 returns the sum of what the files return', () => {
    const lines = readAll([file('a', ['a1', 'a2'], 10), file('b', ['b1'], 32)])
    pull(lines, 3)
    const end: unknown = lines.next()
    expect(
      end,
      "the total is the sum of the files' return values, each of them the value of `yield* file` (const size = yield* file); counting lines gives another number",
    ).toEqual({ done: true, value: 42 })
  })

  it('7.2 returns 0 for no files', () => {
    const end: unknown = readAll([]).next()
    expect(end, 'with no files the total is 0').toEqual({ done: true, value: 0 })
  })

  it('7.3 keeps the total out of the values: for...of and spread see only the lines', () => {
    expect(
      [...readAll([file('a', ['a1'], 7)])],
      'the total came out as a value: `return total`, do not `yield total`',
    ).toEqual(['a1'])
  })

  it('7.4 closes the file being read, and starts no other, when the consumer stops early', () => {
    const events: string[] = []
    const lines = readAll([file('a', ['a1', 'a2'], 2, events), file('b', ['b1'], 2, events)])
    lines.next()
    lines.return(0)
    expect(
      events,
      'stopping early must close the file being read (yield* forwards return() to it; a loop of file.next() calls does not) and start no later file',
    ).toEqual(['a starts', 'a ends'])
  })

  it('7.4 closes files, and takes no other file from it, when the consumer stops early', () => {
    const files = spySource([file('a', ['a1', 'a2'], 2), file('b', ['b1'], 2)])
    const lines = readAll(files)
    lines.next()
    lines.return(0)
    expect(
      files,
      'files was pulled for another file after the consumer stopped: stop where you are',
    ).toHavePulled(1)
    expect(
      files,
      'stopping early must close files too, as leaving a for...of loop over it does (a loop of files.next() calls does not)',
    ).toBeClosedOnce()
  })
})

import { collect, infiniteSource, pull, spySource } from '@iterlings/testing'
import { describe, expect, it } from 'vitest'
import {
  fibonacci,
  flatten,
  inOrder,
  MyNumbers,
  myNumbers,
  takeBelow,
  type TreeNode,
} from '../src/index.ts'

/** Checks what makes a generator object special: it is an iterator and its own iterable. */
function expectGeneratorObject(value: Iterator<unknown>, name: string) {
  expect(
    Object.prototype.toString.call(value),
    `${name} should return a generator object: declare it with function* and yield its values`,
  ).toBe('[object Generator]')
  expect(
    (value as unknown as Iterable<unknown>)[Symbol.iterator]() === value,
    `a generator object's [Symbol.iterator]() returns the object itself`,
  ).toBe(true)
}

describe('1. myNumbers', () => {
  it('returns a generator object, which is an iterator and its own iterable', () => {
    expectGeneratorObject(myNumbers(3), 'myNumbers()')
  })

  it('yields 1 up to the limit, then stays done', () => {
    const numbers = myNumbers(5)
    expect(collect(numbers), 'count from 1 up to and including the limit').toEqual([1, 2, 3, 4, 5])
    expect(numbers.next().done, 'once finished, a generator stays done').toBe(true)
  })

  it('yields what the seed class MyNumbers yields', () => {
    expect(collect(myNumbers(20))).toEqual(collect(new MyNumbers(20)))
  })

  it('yields nothing when the limit is 0', () => {
    expect(collect(myNumbers(0)), 'with limit 0 there is no number from 1 to 0').toEqual([])
  })

  it('counts forever when no limit is given, like the seed class', () => {
    const values = pull(myNumbers(), 1000)
    expect(
      values.length,
      'with no limit, myNumbers() never stops: give the limit a default of Infinity',
    ).toBe(1000)
    expect(values.at(-1)).toBe(1000)
  })

  it('starts every call at 1, independent of other calls', () => {
    pull(myNumbers(), 3)
    expect(
      pull(myNumbers(), 2),
      'keep the counter inside the generator function: a variable outside is shared by every call',
    ).toEqual([1, 2])
  })
})

describe('2. fibonacci', () => {
  it('returns a generator object', () => {
    expectGeneratorObject(fibonacci(), 'fibonacci()')
  })

  it('starts 0, 1, 1, 2, 3, 5, 8, 13, 21, 34', () => {
    expect(
      pull(fibonacci(), 10),
      'the sequence starts at 0, then 1; each later number is the sum of the two before it',
    ).toEqual([0, 1, 1, 2, 3, 5, 8, 13, 21, 34])
  })

  it('never runs out: each of the first 500 numbers is the sum of the two before it', () => {
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

  it('starts again at 0 on every call', () => {
    pull(fibonacci(), 5)
    expect(pull(fibonacci(), 3), 'each call must get its own pair of numbers').toEqual([0, 1, 1])
  })

  it('stops for good when the consumer calls return()', () => {
    const numbers = fibonacci()
    pull(numbers, 3)
    numbers.return(undefined)
    expect(numbers.next().done, 'a generator object ends when its return() is called').toBe(true)
  })
})

describe('3. takeBelow', () => {
  it('yields the values below the limit and stops at the first one that is not', () => {
    expect(
      collect(takeBelow([1, 2, 3, 10, 4], 5)),
      'stop at the first value that reaches the limit: 4 comes after 10, so it is never yielded',
    ).toEqual([1, 2, 3])
  })

  it('does not yield the value that reached the limit', () => {
    expect(collect(takeBelow([1, 5, 2], 5)), 'check the value before you yield it').toEqual([1])
  })

  it('pulls nothing until the first next()', () => {
    const source = spySource([1, 2, 3])
    takeBelow(source, 2)
    expect(source).not.toHaveBeenOpened()
  })

  it('stops reading an infinite source', () => {
    const source = infiniteSource()
    expect(collect(takeBelow(source, 5))).toEqual([0, 1, 2, 3, 4])
    expect(source).toHavePulled(6) // 0 to 4, then 5, which reaches the limit
  })

  it('closes the source it stops reading', () => {
    const source = infiniteSource()
    collect(takeBelow(source, 3))
    expect(source).toBeClosed()
  })

  it('does not close a source that ran out by itself', () => {
    const source = spySource([1, 2])
    collect(takeBelow(source, 10))
    expect(source).not.toBeClosed()
  })

  it('consumes the infinite fibonacci() safely', () => {
    const numbers = fibonacci()
    const source = infiniteSource(() => numbers.next().value as number, { label: 'fibonacci()' })
    expect(collect(takeBelow(source, 100))).toEqual([0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89])
  })
})

/** An array that records which of its indexes were read, as `name[index]`. */
function watched<T>(name: string, items: T[], reads: string[]): T[] {
  return new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.push(`${name}[${key}]`)
      return Reflect.get(target, key, receiver)
    },
  })
}

describe('4. flatten', () => {
  it('returns a generator object', () => {
    expectGeneratorObject(flatten([1]), 'flatten()')
  })

  it('yields a flat array unchanged', () => {
    expect(collect(flatten([1, 2, 3]))).toEqual([1, 2, 3])
  })

  it('flattens arrays nested to any depth, in order', () => {
    expect(
      collect(flatten([1, [2, [3, [4, [5]]]], 6])),
      'an item that is an array is flattened the same way: call flatten on it and yield* what it yields',
    ).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('yields nothing for empty arrays, however deep', () => {
    expect(collect(flatten([[], [[]], 1, [[], 2]]))).toEqual([1, 2])
  })

  it('keeps strings whole', () => {
    expect(
      collect(flatten(['ab', ['cd', ['e']]])),
      'a string is iterable but it is a value here: test items with Array.isArray, not "is it iterable"',
    ).toEqual(['ab', 'cd', 'e'])
  })

  it('reads nothing past the value it yields', () => {
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
  it('returns a generator object', () => {
    expectGeneratorObject(inOrder(tree), 'inOrder()')
  })

  it('yields a search tree in sorted order: left subtree, node, right subtree', () => {
    expect(
      collect(inOrder(tree)),
      'in order means all of the left subtree, then the node itself, then all of the right subtree',
    ).toEqual([1, 3, 4, 6, 7, 8, 10, 13, 14])
  })

  it('yields nothing for an empty tree', () => {
    expect(collect(inOrder(undefined))).toEqual([])
  })

  it('handles nodes with only one child', () => {
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

  it('reads only the leftmost value to yield the first one', () => {
    const reads: number[] = []
    inOrder(watchedTree(tree, reads)).next()
    expect(
      reads,
      'inOrder walked the tree ahead: yield each value when you reach it, with yield* for the subtrees',
    ).toEqual([1])
  })

  it('stops walking when the consumer stops', () => {
    const reads: number[] = []
    const values = inOrder(watchedTree(tree, reads))
    pull(values, 3)
    values.return(undefined)
    expect(reads).toEqual([1, 3, 4])
  })
})

// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import { describe, expectTypeOf, it } from 'vitest'
import {
  fibonacci,
  flatten,
  inOrder,
  myNumbers,
  Numbers,
  readAll,
  takeBelow,
  type LineReader,
  type TreeNode,
} from '../src/index.ts'

describe('1. myNumbers', () => {
  it('1.1 myNumbers returns Generator<number>, an iterable iterator', () => {
    expectTypeOf(myNumbers()).toEqualTypeOf<Generator<number>>()
    expectTypeOf(myNumbers(5)).toEqualTypeOf<Generator<number>>()
    expectTypeOf(myNumbers()).toExtend<IterableIterator<number>>()
  })
})

describe('2. fibonacci', () => {
  it('2.1 fibonacci returns Generator<number>', () => {
    expectTypeOf(fibonacci()).toEqualTypeOf<Generator<number>>()
  })
})

describe('3. takeBelow', () => {
  it('3.1 takeBelow takes numbers and returns Generator<number>', () => {
    expectTypeOf(takeBelow(fibonacci(), 10)).toEqualTypeOf<Generator<number>>()
  })
})

describe('4. flatten', () => {
  it('4.1 flatten keeps the element type of the nested arrays', () => {
    expectTypeOf(flatten([1, [2, [3]]])).toEqualTypeOf<Generator<number>>()
    expectTypeOf(flatten<string>(['a', ['b']])).toEqualTypeOf<Generator<string>>()
  })
})

describe('5. inOrder', () => {
  it('5.1 inOrder yields the type of the values in the tree', () => {
    const tree: TreeNode<string> = { value: 'root' }
    expectTypeOf(inOrder(tree)).toEqualTypeOf<Generator<string>>()
  })
})

describe('6. Numbers', () => {
  it('6.2 Numbers is iterable, and its [Symbol.iterator]() returns a generator', () => {
    expectTypeOf(new Numbers(3)).toExtend<Iterable<number>>()
    expectTypeOf(new Numbers()[Symbol.iterator]()).toEqualTypeOf<Generator<number>>()
  })
})

describe('7. readAll', () => {
  it('7.2 readAll takes files that return numbers and returns a number itself', () => {
    expectTypeOf(readAll).parameter(0).toEqualTypeOf<Iterable<LineReader>>()
    expectTypeOf(readAll([])).toEqualTypeOf<Generator<string, number, undefined>>()
  })
})

// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import { describe, expectTypeOf, it } from 'vitest'
import { fibonacci, flatten, inOrder, myNumbers, takeBelow, type TreeNode } from '../src/index.ts'

describe('types', () => {
  it('the number generators are Generator<number>', () => {
    expectTypeOf(myNumbers()).toEqualTypeOf<Generator<number>>()
    expectTypeOf(myNumbers(5)).toEqualTypeOf<Generator<number>>()
    expectTypeOf(fibonacci()).toEqualTypeOf<Generator<number>>()
    expectTypeOf(takeBelow(fibonacci(), 10)).toEqualTypeOf<Generator<number>>()
  })

  it('a generator object is an iterable iterator', () => {
    expectTypeOf(fibonacci()).toExtend<IterableIterator<number>>()
  })

  it('flatten keeps the element type of the nested arrays', () => {
    expectTypeOf(flatten([1, [2, [3]]])).toEqualTypeOf<Generator<number>>()
    expectTypeOf(flatten<string>(['a', ['b']])).toEqualTypeOf<Generator<string>>()
  })

  it('inOrder yields the type of the values in the tree', () => {
    const tree: TreeNode<string> = { value: 'root' }
    expectTypeOf(inOrder(tree)).toEqualTypeOf<Generator<string>>()
  })
})

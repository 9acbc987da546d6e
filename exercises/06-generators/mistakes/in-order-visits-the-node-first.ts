// Breaks 5.2: yielding the node before its left subtree, which is a pre-order walk, not in order.
import type { TreeNode } from '../solution/index.ts'
export * from '../solution/index.ts'

export function* inOrder<T>(tree: TreeNode<T> | undefined): Generator<T> {
  if (tree === undefined) return
  yield tree.value
  yield* inOrder(tree.left)
  yield* inOrder(tree.right)
}

// Breaks 5.2: calling inOrder(tree.right) without yield*. The call only creates a generator object,
// which nobody reads, so the right subtree is silently skipped.
import type { TreeNode } from '../solution/index.ts'
export * from '../solution/index.ts'

export function* inOrder<T>(tree: TreeNode<T> | undefined): Generator<T> {
  if (tree === undefined) return
  yield* inOrder(tree.left)
  yield tree.value
  inOrder(tree.right)
}

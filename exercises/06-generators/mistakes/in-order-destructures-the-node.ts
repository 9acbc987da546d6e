// Breaks 5.4: destructures the node at the top, as style guides suggest, so its value is read
// before the left subtree is walked.
export * from '../solution/index.ts'
import type { TreeNode } from '../solution/index.ts'

export function* inOrder<T>(tree: TreeNode<T> | undefined): Generator<T> {
  if (tree === undefined) return
  const { left, value, right } = tree
  yield* inOrder(left)
  yield value
  yield* inOrder(right)
}

// Breaks 5.3: `if (!tree?.value) return` takes a node whose value is 0, '' or false for an empty
// tree and drops it with its subtrees.
export * from '../solution/index.ts'
import type { TreeNode } from '../solution/index.ts'

export function* inOrder<T>(tree: TreeNode<T> | undefined): Generator<T> {
  if (!tree?.value) return
  yield* inOrder(tree.left)
  yield tree.value
  yield* inOrder(tree.right)
}

// Breaks 5.3: reads "undefined yields nothing" as a rule about values, not nodes: a node whose
// value is undefined is walked, but its value is left out.
import type { TreeNode } from '../solution/index.ts'
export * from '../solution/index.ts'

export function* inOrder<T>(tree: TreeNode<T> | undefined): Generator<T> {
  if (tree === undefined) return
  yield* inOrder(tree.left)
  const value = tree.value
  if (value !== undefined) yield value
  yield* inOrder(tree.right)
}

// Breaks 5.4: walking the whole tree into an array, then yielding it. The order is right, but the
// first value waits for every node to be visited, and stopping early saves nothing.
import type { TreeNode } from '../solution/index.ts'
export * from '../solution/index.ts'

function walk<T>(tree: TreeNode<T> | undefined, into: T[]): T[] {
  if (tree === undefined) return into
  walk(tree.left, into)
  into.push(tree.value)
  return walk(tree.right, into)
}

export function* inOrder<T>(tree: TreeNode<T> | undefined): Generator<T> {
  yield* walk(tree, [])
}

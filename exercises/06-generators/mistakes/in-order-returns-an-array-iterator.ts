// Breaks 5.1: a plain recursive function that builds the in-order array and returns its iterator:
// not a generator object (and it walks the whole tree first).
import type { TreeNode } from '../solution/index.ts'
export * from '../solution/index.ts'

function walk<T>(tree: TreeNode<T> | undefined): T[] {
  if (tree === undefined) return []
  return [...walk(tree.left), tree.value, ...walk(tree.right)]
}

export function inOrder<T>(tree: TreeNode<T> | undefined): Generator<T> {
  return walk(tree)[Symbol.iterator]() as unknown as Generator<T>
}

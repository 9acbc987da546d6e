// Breaks 5.4: `yield* [...inOrder(left), value, ...inOrder(right)]` walks the whole tree before the
// first value comes out.
export * from '../solution/index.ts'
import type { TreeNode } from '../solution/index.ts'

export function* inOrder<T>(tree: TreeNode<T> | undefined): Generator<T> {
  if (!tree) return
  yield* [...inOrder(tree.left), tree.value, ...inOrder(tree.right)]
}

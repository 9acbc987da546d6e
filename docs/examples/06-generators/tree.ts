interface TreeNode {
  value: string
  left?: TreeNode
  right?: TreeNode
}

// Pre-order: the node, then its subtrees. Each recursive call is a
// generator; yield* passes its values up.
function* preOrder(tree: TreeNode | undefined): Generator<string> {
  if (tree === undefined) return
  yield tree.value
  yield* preOrder(tree.left)
  yield* preOrder(tree.right)
}

//        root
//       /    \
//     docs    src
//     /      /   \
//   guide  app   lib
const project: TreeNode = {
  value: 'root',
  left: { value: 'docs', left: { value: 'guide' } },
  right: {
    value: 'src',
    left: { value: 'app' },
    right: { value: 'lib' },
  },
}

console.log(JSON.stringify([...preOrder(project)]))

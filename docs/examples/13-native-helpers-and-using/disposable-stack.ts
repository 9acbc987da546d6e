// Node 24+: `using` and DisposableStack.
// A handle from an older API: close(), and no [Symbol.dispose]().
function open(name: string) {
  if (name === 'bad') throw new Error(`cannot open ${name}`)
  console.log('open', name)
  return { name, close: () => console.log('close', name) }
}

function openAll(names: string[]) {
  // If an open throws, leaving the function disposes the stack, which
  // closes what is open so far. On success, move() takes everything
  // out into a new stack, and the `using` one closes nothing.
  using stack = new DisposableStack()
  const handles = names.map((name) =>
    stack.adopt(open(name), (handle) => handle.close()),
  )
  const owned = stack.move()
  return { handles, [Symbol.dispose]: () => owned.dispose() }
}

{
  using files = openAll(['a', 'b'])
  console.log('using', files.handles.length, 'handles')
}
try {
  openAll(['c', 'd', 'bad'])
} catch (error) {
  console.log('caught:', (error as Error).message)
}

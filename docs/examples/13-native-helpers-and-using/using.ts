// Node 24+: older Nodes cannot parse `using`.
function open(name: string) {
  console.log('open', name)
  return {
    name,
    [Symbol.dispose]() {
      console.log('close', name)
    },
  }
}

// At the end of the block, every `using` resource is disposed, the
// last declared first.
{
  using a = open('a')
  using b = open('b')
  console.log('work with', a.name, b.name)
}

// However the block ends: an error disposes too, then goes on.
try {
  using c = open('c')
  throw new Error(`${c.name} failed`)
} catch (error) {
  console.log('caught:', (error as Error).message)
}

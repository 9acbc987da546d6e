// Node 24+: older Nodes cannot parse `await using`.
async function connect(name: string) {
  console.log('connect', name)
  return {
    name,
    async [Symbol.asyncDispose]() {
      await null // a goodbye to the server
      console.log('disconnect', name)
    },
  }
}

async function rows(): Promise<string> {
  // The close is awaited when the function leaves the block: after
  // the work, since `return await` waits for it first.
  await using db = await connect('db')
  return await Promise.resolve(`rows from ${db.name}`)
}

console.log(await rows())

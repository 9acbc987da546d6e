// @types: node
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

function collect(into: string[]) {
  return new Writable({
    objectMode: true,
    write(chunk: string, _encoding, done) {
      into.push(chunk)
      done()
    },
  })
}

async function* shout(chunks: AsyncIterable<string>) {
  for await (const chunk of chunks) yield chunk.toUpperCase()
}

const written: string[] = []
await pipeline(Readable.from(['a', 'b', 'c']), shout, collect(written))
console.log(written)

// When one stream fails, pipeline destroys them all and rejects.
async function* failing() {
  yield 'x'
  throw new Error('the disk went away')
}
const output = collect([])
try {
  await pipeline(Readable.from(failing()), shout, output)
} catch (error) {
  const { message } = error as Error
  console.log(message, '| output destroyed:', output.destroyed)
}

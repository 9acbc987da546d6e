// @types: node
import { Readable } from 'node:stream'
import { setImmediate as aMoment } from 'node:timers/promises'

function* numbers() {
  for (let n = 1; n <= 6; n += 1) {
    console.log('  made', n)
    yield n
  }
}

// The stream reads ahead of the loop, but only highWaterMark values:
// while the loop body is slow, the generator waits.
const stream = Readable.from(numbers(), { highWaterMark: 2 })
for await (const n of stream) {
  console.log('read', n)
  await aMoment() // a slow loop body
  if (n === 3) break // destroys the stream, which closes numbers()
}

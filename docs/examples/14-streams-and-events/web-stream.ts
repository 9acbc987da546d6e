// A web ReadableStream whose source makes a number on each pull.
let made = 0
const numbers = new ReadableStream<number>(
  {
    pull(controller) {
      made += 1
      controller.enqueue(made)
    },
    cancel(reason) {
      console.log('cancelled, reason:', reason)
    },
  },
  { highWaterMark: 0 },
)

// for await reads it; break cancels it and releases its lock.
for await (const n of numbers) {
  console.log(n)
  if (n === 3) break
}
console.log('made', made, 'locked', numbers.locked)

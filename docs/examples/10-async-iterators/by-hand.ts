// An async iterable written by hand: next() answers with a promise.
const threeTicks: AsyncIterable<number> = {
  [Symbol.asyncIterator]() {
    let tick = 0
    return {
      async next() {
        tick += 1
        return tick <= 3
          ? { done: false, value: tick }
          : { done: true, value: undefined }
      },
    }
  },
}

const iterator = threeTicks[Symbol.asyncIterator]()
const pending = iterator.next()
console.log('next() returned a promise:', pending instanceof Promise)
console.log('it resolved to', JSON.stringify(await pending))

for await (const tick of threeTicks) console.log('tick', tick)

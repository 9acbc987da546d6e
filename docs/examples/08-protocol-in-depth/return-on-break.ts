// A hand-written iterator that reports each call a loop makes on it.
function countTo(limit: number): IterableIterator<number> {
  let current = 0
  const iterator: IterableIterator<number> = {
    next() {
      current += 1
      return current <= limit
        ? { done: false, value: current }
        : { done: true, value: undefined }
    },
    return() {
      console.log('return() called')
      return { done: true, value: undefined }
    },
    [Symbol.iterator]: () => iterator,
  }
  return iterator
}

console.log('break:')
for (const n of countTo(5)) {
  console.log(n)
  if (n === 2) break
}

console.log('run to the end:')
for (const n of countTo(2)) console.log(n)

console.log('destructuring takes two:')
const [first, second] = countTo(5)
console.log(first, second)

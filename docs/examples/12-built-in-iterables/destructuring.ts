// A source that says when it is pulled and when it is closed.
function counting(limit: number): Iterable<number> {
  return {
    [Symbol.iterator]() {
      let n = 0
      return {
        next() {
          console.log('  next')
          n += 1
          return n > limit
            ? { done: true, value: undefined }
            : { done: false, value: n }
        },
        return() {
          console.log('  return')
          return { done: true, value: undefined }
        },
      }
    },
  }
}

console.log('const [a, b] of five values:')
const [a, b] = counting(5)
console.log('const [x, y] of one value:')
const [x, y] = counting(1)
console.log('const [head, ...rest] of three values:')
const [head, ...rest] = counting(3)
console.log(a, b, x, y, head, rest)

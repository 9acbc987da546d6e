// Breaks 2.1: writes the iterator by hand, as in exercises 04 and 05: it counts right, but it is
// not a generator object, and it has no return() to end it.
export * from '../solution/index.ts'

export function fibonacci(): Generator<number> {
  let current = 0
  let following = 1
  const numbers = {
    next() {
      const value = current
      ;[current, following] = [following, current + following]
      return { done: false, value }
    },
    [Symbol.iterator]() {
      return numbers
    },
  }
  return numbers as unknown as Generator<number>
}

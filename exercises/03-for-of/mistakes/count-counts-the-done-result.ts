// Breaks 2.3: a hand-written loop that counts every result of next(), the final
// { done: true, value: undefined } included, so every count is one too many.
export * from '../solution/index.ts'

export function count(values: Iterable<unknown>): number {
  const iterator = values[Symbol.iterator]()
  let total = 0
  let result: IteratorResult<unknown>
  do {
    result = iterator.next()
    total += 1
  } while (!result.done)
  return total
}

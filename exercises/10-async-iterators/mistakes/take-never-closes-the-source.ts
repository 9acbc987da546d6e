// Breaks 2.3: calls next() by hand and walks away once it has n values, without the source's return()
export * from '../solution/index.ts'

export async function take<T>(source: AsyncIterable<T>, n: number): Promise<T[]> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number >= 0, not ${n}`)
  const values: T[] = []
  if (n === 0) return values
  const iterator = source[Symbol.asyncIterator]()
  while (values.length < n) {
    const result = await iterator.next()
    if (result.done) break
    values.push(result.value)
  }
  return values
}

// Mistake: calling next() by hand and walking away when done, without the source's return().
export * from '../solution/index.ts'

export async function take<T>(source: AsyncIterable<T>, n: number): Promise<T[]> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number >= 0, not ${n}`)
  const iterator = source[Symbol.asyncIterator]()
  const values: T[] = []
  while (values.length < n) {
    const result = await iterator.next()
    if (result.done) break
    values.push(result.value)
  }
  return values
}

// Breaks 2.4: "always clean up": calls the source's return() in a finally block, also when the source already said done
export * from '../solution/index.ts'

export async function take<T>(source: AsyncIterable<T>, n: number): Promise<T[]> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number >= 0, not ${n}`)
  const values: T[] = []
  if (n === 0) return values
  const iterator = source[Symbol.asyncIterator]()
  try {
    while (values.length < n) {
      const result = await iterator.next()
      if (result.done) break
      values.push(result.value)
    }
  } finally {
    await iterator.return?.()
  }
  return values
}

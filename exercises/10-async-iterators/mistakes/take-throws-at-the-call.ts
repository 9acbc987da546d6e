// Breaks 2.7: validates n in a plain function and throws, so take(source, -1).catch(…) gets an exception instead of a rejection
export * from '../solution/index.ts'

export function take<T>(source: AsyncIterable<T>, n: number): Promise<T[]> {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`take() needs n to be a whole number >= 0, not ${n}`)
  return (async () => {
    const values: T[] = []
    if (n === 0) return values
    for await (const value of source) {
      values.push(value)
      if (values.length >= n) break
    }
    return values
  })()
}

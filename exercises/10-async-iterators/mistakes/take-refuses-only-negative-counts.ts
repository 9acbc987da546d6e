// Breaks 2.6: refuses only n < 0, so 1.5 takes two values and NaN reads the whole source
export * from '../solution/index.ts'

export async function take<T>(source: AsyncIterable<T>, n: number): Promise<T[]> {
  if (n < 0) throw new RangeError(`take(): n must be >= 0, got ${n}`)
  const values: T[] = []
  if (n === 0) return values
  for await (const value of source) {
    values.push(value)
    if (values.length >= n) break
  }
  return values
}

// Breaks 2.2: checks whether enough values were collected only once the next value has arrived, so one value too many is pulled
export * from '../solution/index.ts'

export async function take<T>(source: AsyncIterable<T>, n: number): Promise<T[]> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number >= 0, not ${n}`)
  const values: T[] = []
  if (n === 0) return values
  for await (const value of source) {
    if (values.length === n) break
    values.push(value)
  }
  return values
}

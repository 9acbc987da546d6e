// Breaks 2.2: checks "do I have enough?" at the top of the loop, so one value more is pulled (and dropped)
export * from '../solution/index.ts'

export async function take<T>(source: AsyncIterable<T>, n: number): Promise<T[]> {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`take() needs n to be a whole number >= 0, not ${n}`)
  const values: T[] = []
  for await (const value of source) {
    if (values.length >= n) break
    values.push(value)
  }
  return values
}

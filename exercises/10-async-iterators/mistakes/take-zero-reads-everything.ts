// Breaks 2.5: pushes, then breaks when the length reaches n: for n = 0 that never happens, so it reads the whole source
export * from '../solution/index.ts'

export async function take<T>(source: AsyncIterable<T>, n: number): Promise<T[]> {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`take() needs n to be a whole number >= 0, not ${n}`)
  const values: T[] = []
  for await (const value of source) {
    values.push(value)
    if (values.length === n) break
  }
  return values
}

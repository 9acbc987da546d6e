// Breaks 2.1: makes the result new Array(n) up front and fills it, so a shorter source leaves empty slots at the end
export * from '../solution/index.ts'

export async function take<T>(source: AsyncIterable<T>, n: number): Promise<T[]> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number >= 0, not ${n}`)
  const values = new Array<T>(n)
  if (n === 0) return values
  let filled = 0
  for await (const value of source) {
    values[filled++] = value
    if (filled === n) break
  }
  return values
}

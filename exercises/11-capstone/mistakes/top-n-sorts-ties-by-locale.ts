// Breaks 3.2: breaks ties with localeCompare, which puts /a_b before /a-b and /b before /B
export * from '../solution/index.ts'

export function topN(counts: ReadonlyMap<string, number>, n: number): Array<[string, number]> {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`topN() needs n to be a whole number >= 0, not ${n}`)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n)
}

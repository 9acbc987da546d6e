// Breaks 3.5: refuses only a negative n: 1.5 gives one entry and NaN none, neither a RangeError
export * from '../solution/index.ts'

export function topN(counts: ReadonlyMap<string, number>, n: number): Array<[string, number]> {
  if (n < 0) throw new RangeError(`topN(): n must not be negative (got ${n})`)
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n)
}

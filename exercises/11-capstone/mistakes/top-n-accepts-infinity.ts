// Breaks 3.5: checks for a whole number with Math.floor(n) === n, which Infinity passes
export * from '../solution/index.ts'

export function topN(counts: ReadonlyMap<string, number>, n: number): Array<[string, number]> {
  if (typeof n !== 'number' || Math.floor(n) !== n || n < 0) {
    throw new RangeError(`topN() needs n to be a whole number >= 0, not ${n}`)
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n)
}

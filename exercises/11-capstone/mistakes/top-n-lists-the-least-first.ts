// Breaks 3.1: sorts with countA - countB, the lowest count first
export * from '../solution/index.ts'

export function topN(counts: ReadonlyMap<string, number>, n: number): Array<[string, number]> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number >= 0, not ${n}`)
  return [...counts]
    .sort(([keyA, countA], [keyB, countB]) => countA - countB || (keyA < keyB ? -1 : 1))
    .slice(0, n)
}

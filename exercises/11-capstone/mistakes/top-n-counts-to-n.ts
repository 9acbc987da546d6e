// Breaks 3.3: copies the first n sorted entries with a for loop to n, so a map smaller than n leaves undefined holes at the end
export * from '../solution/index.ts'

export function topN(counts: ReadonlyMap<string, number>, n: number): Array<[string, number]> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number >= 0, not ${n}`)
  const sorted = [...counts].sort(
    ([keyA, countA], [keyB, countB]) => countB - countA || (keyA < keyB ? -1 : 1),
  )
  const top: Array<[string, number]> = []
  for (let index = 0; index < n; index += 1) top.push(sorted[index] as [string, number])
  return top
}

// Mistake: sorting by count only. Equal counts come out in whatever order the map met them, so
// the report changes when the log's lines are shuffled.
export * from '../solution/index.ts'

export function topN(counts: ReadonlyMap<string, number>, n: number): Array<[string, number]> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number >= 0, not ${n}`)
  return [...counts].sort(([, a], [, b]) => b - a).slice(0, n)
}

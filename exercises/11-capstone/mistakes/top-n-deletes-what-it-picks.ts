// Breaks 3.4: picks the highest entry n times, deleting each one it picks so that the next search finds the next one
export * from '../solution/index.ts'

export function topN(counts: ReadonlyMap<string, number>, n: number): Array<[string, number]> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number >= 0, not ${n}`)
  const remaining = counts as Map<string, number>
  const top: Array<[string, number]> = []
  while (top.length < n && remaining.size > 0) {
    let best: [string, number] | undefined
    for (const [key, count] of remaining)
      if (!best || count > best[1] || (count === best[1] && key < best[0])) best = [key, count]
    top.push(best as [string, number])
    remaining.delete((best as [string, number])[0])
  }
  return top
}

// Breaks 3.5: the right error type with no message: new RangeError() leaves whoever catches it guessing which argument was wrong
export * from '../solution/index.ts'

export function topN(counts: ReadonlyMap<string, number>, n: number): Array<[string, number]> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError()
  return [...counts]
    .sort(([keyA, countA], [keyB, countB]) => countB - countA || (keyA < keyB ? -1 : 1))
    .slice(0, n)
}

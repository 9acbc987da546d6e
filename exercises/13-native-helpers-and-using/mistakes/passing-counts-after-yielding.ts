// Breaks 1.1: a generator that checks the count only after each yield, so n = 0 still gives a name.
export * from '../solution/index.ts'

export function passing(
  results: Iterable<[string, number]> | Iterator<[string, number]>,
  pass: number,
  n: number,
): IteratorObject<string, undefined, unknown> {
  return (function* () {
    let count = 0
    for (const [name, score] of Iterator.from(results)) {
      if (score < pass) continue
      yield name
      if (++count >= n) return undefined
    }
    return undefined
  })()
}

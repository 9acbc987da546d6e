// Breaks 1.4: a generator that behaves the same, typed Generator<string, void>: not the
// IteratorObject<string, undefined, unknown> the signature promises.
export * from '../solution/index.ts'

export function* passing(
  results: Iterable<[string, number]> | Iterator<[string, number]>,
  pass: number,
  n: number,
): Generator<string, void> {
  if (n === 0) return
  let count = 0
  for (const [name, score] of Iterator.from(results)) {
    if (score < pass) continue
    yield name
    count += 1
    if (count === n) return
  }
}

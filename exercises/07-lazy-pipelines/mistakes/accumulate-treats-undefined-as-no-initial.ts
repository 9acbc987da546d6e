// Breaks 13.2: `initial === undefined` to decide whether an initial was passed, so an explicit
// undefined initial is ignored (Array.prototype.reduce counts arguments instead).
export * from '../solution/index.ts'

export function* accumulate<T, A>(
  iterable: Iterable<T>,
  reducer: (accumulator: A, value: T, index: number) => A,
  initial?: A,
): IterableIterator<A> {
  let started = initial !== undefined
  let total = initial as A
  if (started) yield total
  let index = 0
  for (const value of iterable) {
    total = started ? reducer(total, value, index) : (value as unknown as A)
    started = true
    index += 1
    yield total
  }
}

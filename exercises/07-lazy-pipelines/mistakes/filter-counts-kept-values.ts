// Breaks 2.1: counting only the values that were kept, so the predicate sees the output index, not
// the index of the value in the source.
export * from '../solution/index.ts'

export function* filter<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  let kept = 0
  for (const value of iterable) {
    if (predicate(value, kept)) {
      kept += 1
      yield value
    }
  }
}

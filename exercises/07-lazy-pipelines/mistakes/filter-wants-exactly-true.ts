// Breaks 2.2: `predicate(value, index) === true` drops values whose predicate answers 1 or 'yes',
// which filter keeps.
export * from '../solution/index.ts'
export function filter<T, S extends T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => value is S,
): IterableIterator<S>
export function filter<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T>
export function* filter<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  let index = 0
  for (const value of iterable) {
    if (predicate(value, index++) === true) yield value
  }
}

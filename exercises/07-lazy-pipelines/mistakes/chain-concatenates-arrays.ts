// Breaks 7.2: `[].concat(...iterables.map((x) => [...x]))` opens and reads every iterable when
// chain() is called.
export * from '../solution/index.ts'
export function chain<T>(...iterables: Iterable<T>[]): IterableIterator<T> {
  return ([] as T[]).concat(...iterables.map((iterable) => [...iterable]))[Symbol.iterator]()
}

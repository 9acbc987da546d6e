// Breaks 1.2: loops with for...of over the iterator, which needs a [Symbol.iterator] a bare { next() } does not have
export * from '../solution/index.ts'

export function forEach<T>(
  iterator: Iterator<T>,
  fn: (value: T, counter: number) => unknown,
): void {
  if (typeof fn !== 'function') throw new TypeError(`forEach() needs a function, not ${String(fn)}`)
  let counter = 0
  for (const value of iterator as unknown as Iterable<T>) {
    fn(value, counter++)
  }
}

export function toArray<T>(iterator: Iterator<T>): T[] {
  return [...(iterator as unknown as Iterable<T>)]
}

// Mistake: `[...iterator]`. Spread asks for [Symbol.iterator](), which the helpers do not
// require: an object with just a next() method is iterator enough for them.
export * from '../solution/index.ts'

export function toArray<T>(iterator: Iterator<T>): T[] {
  if (typeof iterator !== 'object' || iterator === null)
    throw new TypeError('toArray(): not an iterator')
  return [...(iterator as unknown as Iterable<T>)]
}

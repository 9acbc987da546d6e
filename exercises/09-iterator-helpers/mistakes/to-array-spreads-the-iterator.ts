// Breaks 1.2: [...iterator]: spread asks for a [Symbol.iterator]() that a bare { next() } does not have
export * from '../solution/index.ts'

export function toArray<T>(iterator: Iterator<T>): T[] {
  if (typeof iterator !== 'object' || iterator === null)
    throw new TypeError('toArray(): not an iterator')
  return [...(iterator as unknown as Iterable<T>)]
}

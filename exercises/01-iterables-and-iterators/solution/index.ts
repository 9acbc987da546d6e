/** Exercise 01, a model answer. */

export class StopIteration extends Error {
  override name = 'StopIteration'
  constructor() {
    super('the iterator has no more values')
  }
}

/** Opens an iterable: one call of its [Symbol.iterator](), no values pulled yet. */
export function iter<T>(iterable: Iterable<T>): Iterator<T> {
  // At run time anything can arrive, whatever the type says: check before calling.
  if (!isIterable(iterable)) {
    throw new TypeError(`${String(iterable)} is not iterable: it has no [Symbol.iterator]() method`)
  }
  return iterable[Symbol.iterator]()
}

export function next<T, D = never>(iterator: Iterator<T>, ...fallback: [] | [D]): T | D {
  const result = iterator.next()
  // `done` is the stop signal; `value` may legitimately be undefined, null or 0.
  if (!result.done) return result.value
  // Count the arguments rather than test for undefined: next(it, undefined) is a real fallback.
  if (fallback.length === 1) return fallback[0]
  throw new StopIteration()
}

export function isIterable(value: unknown): value is Iterable<unknown> {
  // `value?.` covers null and undefined; strings are primitives, but reading a property still works.
  return (
    typeof (value as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator] ===
    'function'
  )
}

export function isIterator(value: unknown): value is Iterator<unknown> {
  // Functions are objects too: one with a callable `next` is an iterator.
  const isObject = (typeof value === 'object' && value !== null) || typeof value === 'function'
  return isObject && typeof (value as { next?: unknown }).next === 'function'
}

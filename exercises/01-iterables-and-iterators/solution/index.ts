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
  const iterator: unknown = iterable[Symbol.iterator]()
  // As for...of: what [Symbol.iterator]() returns must at least be an object to be an iterator.
  if (!isObject(iterator)) {
    throw new TypeError(`[Symbol.iterator]() returned ${String(iterator)}, which is not an object`)
  }
  return iterator as Iterator<T>
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
  return isObject(value) && typeof (value as { next?: unknown }).next === 'function'
}

/** Functions are objects too: typeof says "function" for them, and "object" for null. */
function isObject(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function'
}

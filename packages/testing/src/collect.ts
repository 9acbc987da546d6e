/**
 * Safe ways for a test to read a student's iterator: they never hand an iterator to a matcher
 * (which would walk it) and never pull forever.
 */

/** How many values `collect` accepts before it decides the iterator never finishes. */
export const COLLECT_LIMIT = 10_000

/**
 * All the values of `source`, pulled one `next()` at a time. Throws a teaching error when the
 * iterator yields more than `limit` values, which usually means it never reports `done: true`.
 */
export function collect<T>(source: Iterable<T> | Iterator<T>, limit = COLLECT_LIMIT): T[] {
  const iterator = isIterable(source) ? source[Symbol.iterator]() : source
  const values: T[] = []
  for (;;) {
    const result = iterator.next()
    if (result.done) return values
    if (values.length === limit) {
      throw new Error(
        `the iterator yielded more than ${limit.toLocaleString('en-US')} values without finishing: ` +
          'does it ever return { done: true }?',
      )
    }
    values.push(result.value)
  }
}

/** The first `count` values of `source` (fewer if it finishes first), without closing it. */
export function pull<T>(source: Iterable<T> | Iterator<T>, count: number): T[] {
  const iterator = isIterable(source) ? source[Symbol.iterator]() : source
  const values: T[] = []
  while (values.length < count) {
    const result = iterator.next()
    if (result.done) break
    values.push(result.value)
  }
  return values
}

function isIterable<T>(value: Iterable<T> | Iterator<T>): value is Iterable<T> {
  return typeof (value as Partial<Iterable<T>>)[Symbol.iterator] === 'function'
}

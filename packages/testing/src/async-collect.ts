/** The async twin of `collect`: reads a student's async iterator to the end, every pull bounded. */
import { COLLECT_LIMIT } from './collect.ts'
import { promiseState } from './deferred.ts'

/**
 * All the values of `source`, one `next()` at a time. Throws a teaching error when a pull is still
 * pending once every queued callback has run (the iterator waits for something that never comes),
 * or when it yields more than `limit` values.
 */
export async function collectAsync<T>(
  source: AsyncIterable<T> | AsyncIterator<T>,
  limit = COLLECT_LIMIT,
): Promise<T[]> {
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source
  const values: T[] = []
  for (;;) {
    // Promise.resolve: a next() that returns a bare result is still read; an exercise that
    // requires a promise checks that in a test of its own.
    const state = await promiseState(Promise.resolve(iterator.next()))
    if (state.status === 'pending') {
      throw new Error(
        `pull ${values.length + 1} never settled: is the iterator waiting for something that will not come?`,
      )
    }
    if (state.status === 'rejected') throw state.reason
    if (state.value.done) return values
    if (values.length === limit) {
      throw new Error(
        `the iterator yielded more than ${limit.toLocaleString('en-US')} values without finishing: ` +
          'does it ever return { done: true }?',
      )
    }
    values.push(state.value.value)
  }
}

// Mistake: validating inside the async generator, whose body only runs at the first next(), so
// mapConcurrent(values, fn, 0) returns as if nothing were wrong.
import { mapConcurrent as checkedMapConcurrent } from '../solution/index.ts'
export * from '../solution/index.ts'

export async function* mapConcurrent<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => R | PromiseLike<R>,
  concurrency: number,
): AsyncIterableIterator<R> {
  yield* checkedMapConcurrent(source, fn, concurrency)
}

// Breaks 4.16: types fn as returning Promise<R>, so a plain (sync) fn such as (n) => n > 0 no longer type-checks
import { mapConcurrent as solved } from '../solution/index.ts'
export * from '../solution/index.ts'

export function mapConcurrent<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => Promise<R>,
  concurrency: number,
): AsyncIterableIterator<R> {
  return solved(source, fn, concurrency)
}

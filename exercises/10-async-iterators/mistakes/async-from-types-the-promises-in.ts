// Breaks 1.7: types the values as Iterable<T>, so asyncFrom([1, Promise.resolve(2)]) is an AsyncIterable<number | Promise<number>>
import { asyncFrom as solved } from '../solution/index.ts'
export * from '../solution/index.ts'

export function asyncFrom<T>(values: Iterable<T>): AsyncIterable<T> {
  return solved(values) as AsyncIterable<T>
}

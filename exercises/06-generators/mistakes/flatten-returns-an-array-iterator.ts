// Breaks 4.1: a plain function that flattens into an array with a recursive helper and returns
// the array's iterator: not a generator object (and it reads everything first).
import type { Nested } from '../solution/index.ts'
export * from '../solution/index.ts'

function flatInto<T>(items: Nested<T>, into: T[]): T[] {
  for (const item of items) {
    if (Array.isArray(item)) flatInto(item as Nested<T>, into)
    else into.push(item as T)
  }
  return into
}

export function flatten<T>(items: Nested<T>): Generator<T> {
  return flatInto(items, [])[Symbol.iterator]() as unknown as Generator<T>
}

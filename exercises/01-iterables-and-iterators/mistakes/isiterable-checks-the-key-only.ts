// Breaks 3.2: boxes the value with Object() so `in` works on strings too, but `in` only says the
// key exists: { [Symbol.iterator]: 42 } passes.
export * from '../solution/index.ts'

export function isIterable(value: unknown): value is Iterable<unknown> {
  return value != null && Symbol.iterator in Object(value)
}

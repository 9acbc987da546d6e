// Mistake: asking whether the [Symbol.iterator] key exists, not whether it is a function.
export * from '../solution/index.ts'

export function isIterable(value: unknown): value is Iterable<unknown> {
  return value !== null && value !== undefined && Symbol.iterator in Object(value)
}

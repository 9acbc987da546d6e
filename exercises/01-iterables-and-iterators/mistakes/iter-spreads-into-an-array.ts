// Mistake: copying the values into an array first. It pulls every value up front, so it never
// returns on an infinite iterable, and a one-shot source is used up before anyone asked.
export * from '../solution/index.ts'

export function iter<T>(iterable: Iterable<T>): Iterator<T> {
  return [...iterable][Symbol.iterator]()
}

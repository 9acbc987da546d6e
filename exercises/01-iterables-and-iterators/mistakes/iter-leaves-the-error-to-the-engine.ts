// Breaks 1.5: no check, "JavaScript throws a TypeError by itself": the engine's message is
// "... is not a function" or "Cannot read properties of null", never "not iterable".
export * from '../solution/index.ts'

export function iter<T>(iterable: Iterable<T>): Iterator<T> {
  return iterable[Symbol.iterator]()
}

// Breaks 2.1: hands Iterator.concat the pause itself rather than [pause], and a single value is no
// iterable, so the call throws a TypeError.
export * from '../solution/index.ts'

export function playlist<T>(
  parts: readonly Iterable<T>[],
  pause: T,
): IteratorObject<T, undefined, unknown> {
  return Iterator.concat(
    ...parts.flatMap((part, index) => (index === 0 ? [part] : [pause as Iterable<T>, part])),
  )
}

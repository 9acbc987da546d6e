// Breaks 2.1: puts the pause after every part, so the playlist ends with one too.
export * from '../solution/index.ts'

export function playlist<T>(
  parts: readonly Iterable<T>[],
  pause: T,
): IteratorObject<T, undefined, unknown> {
  return Iterator.concat(...parts.flatMap((part) => [part, [pause]]))
}

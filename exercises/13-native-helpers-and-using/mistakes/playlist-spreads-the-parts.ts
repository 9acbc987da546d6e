// Breaks 2.2: spreads every part into one array, which opens and reads them all when playlist()
// is called.
export * from '../solution/index.ts'

export function playlist<T>(
  parts: readonly Iterable<T>[],
  pause: T,
): IteratorObject<T, undefined, unknown> {
  return Iterator.from(parts.flatMap((part, index) => (index === 0 ? [...part] : [pause, ...part])))
}

// Breaks 2.3: a generator that walks each part with next() by hand: when the consumer stops, the
// generator ends but nothing calls the part's return().
export * from '../solution/index.ts'

export function playlist<T>(
  parts: readonly Iterable<T>[],
  pause: T,
): IteratorObject<T, undefined, unknown> {
  return (function* (): Generator<T, undefined> {
    for (const [index, part] of parts.entries()) {
      if (index > 0) yield pause
      const iterator = part[Symbol.iterator]()
      for (let result = iterator.next(); !result.done; result = iterator.next()) yield result.value
    }
    return undefined
  })()
}

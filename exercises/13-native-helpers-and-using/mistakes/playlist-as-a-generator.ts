// Breaks 2.4: a generator with yield*, which looks at a part only when it gets there: a part that
// is not iterable fails late, and a string is accepted.
export * from '../solution/index.ts'

export function playlist<T>(
  parts: readonly Iterable<T>[],
  pause: T,
): IteratorObject<T, undefined, unknown> {
  return (function* (): Generator<T, undefined> {
    for (const [index, part] of parts.entries()) {
      if (index > 0) yield pause
      yield* part
    }
    return undefined
  })()
}

// Breaks 3.4: copying the source into an array to filter it. That reads everything up front, so it
// never finishes on an infinite source.
export * from '../solution/index.ts'

export function* takeBelow(values: Iterable<number>, limit: number): Generator<number> {
  const all = [...values]
  const end = all.findIndex((value) => value >= limit)
  yield* end === -1 ? all : all.slice(0, end)
}

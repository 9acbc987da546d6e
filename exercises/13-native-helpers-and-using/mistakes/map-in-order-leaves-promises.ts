// Breaks 3.1: collects the values, then maps them with fn, so an async fn leaves promises in the
// array, never awaited (the cast silences TypeScript, which saw it).
export * from '../solution/index.ts'

export async function mapInOrder<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => R,
): Promise<Awaited<R>[]> {
  const values = await Array.fromAsync(source)
  return values.map(fn) as Awaited<R>[]
}

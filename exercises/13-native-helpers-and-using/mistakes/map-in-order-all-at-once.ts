// Breaks 3.2: reads every value first and then runs fn on all of them at once with Promise.all.
export * from '../solution/index.ts'

export async function mapInOrder<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => R,
): Promise<Awaited<R>[]> {
  const values = await Array.fromAsync(source)
  return Promise.all(values.map(fn))
}

// Breaks 3.3: pulls by hand with next(), and when fn fails the error leaves the loop without
// anyone calling the source's return().
export * from '../solution/index.ts'

export async function mapInOrder<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => R,
): Promise<Awaited<R>[]> {
  const iterator =
    Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]()
  const mapped: Awaited<R>[] = []
  let index = 0
  for (let result = await iterator.next(); !result.done; result = await iterator.next()) {
    mapped.push(await fn(await result.value, index))
    index += 1
  }
  return mapped
}

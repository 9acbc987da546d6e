// Mistake: reading the sources one after another. A value from the second source waits until the
// first source has finished, which may be never.
export * from '../solution/index.ts'

export async function* merge<T>(...sources: AsyncIterable<T>[]): AsyncIterableIterator<T> {
  for (const source of sources) yield* source
}

// Breaks 5.2: yield* each source in turn: a value of the second waits until the first has ended
export * from '../solution/index.ts'

export async function* merge<T>(...sources: AsyncIterable<T>[]): AsyncIterableIterator<T> {
  for (const source of sources) {
    yield* source
  }
}

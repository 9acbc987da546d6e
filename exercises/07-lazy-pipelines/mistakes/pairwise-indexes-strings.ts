// Breaks 11.1: walks a string by index, to spare the iterator, so it is read in UTF-16 code
// units and an emoji comes out as two halves.
export * from '../solution/index.ts'

export function* pairwise<T>(iterable: Iterable<T>): IterableIterator<[T, T]> {
  if (typeof iterable === 'string') {
    const text: string = iterable
    for (let index = 1; index < text.length; index += 1) {
      yield [text[index - 1], text[index]] as unknown as [T, T]
    }
    return
  }
  let started = false
  let previous: T | undefined
  for (const value of iterable) {
    if (started) yield [previous as T, value]
    previous = value
    started = true
  }
}

// Breaks 1.2: a class whose constructor opens the source when map() is called (and with no
// return(), an early stop never closes it).
export * from '../solution/index.ts'
class MapIterator<T, U> implements IterableIterator<U> {
  #source: Iterator<T>
  #fn: (value: T, index: number) => U
  #index = 0

  constructor(iterable: Iterable<T>, fn: (value: T, index: number) => U) {
    this.#source = iterable[Symbol.iterator]()
    this.#fn = fn
  }

  next(): IteratorResult<U> {
    const result = this.#source.next()
    if (result.done) return { done: true, value: undefined }
    return { done: false, value: this.#fn(result.value, this.#index++) }
  }

  [Symbol.iterator](): this {
    return this
  }
}

export function map<T, U>(
  iterable: Iterable<T>,
  fn: (value: T, index: number) => U,
): IterableIterator<U> {
  return new MapIterator(iterable, fn)
}

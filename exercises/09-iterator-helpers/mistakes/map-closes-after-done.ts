// Breaks 9.6: its return() forwards to the iterator's every time, "closing twice does no harm", also after the iterator said done
export * from '../solution/index.ts'

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))

export function map<T, U>(
  iterator: Iterator<T>,
  mapper: (value: T, counter: number) => U,
): IterableIterator<U> {
  if ((typeof iterator !== 'object' && typeof iterator !== 'function') || iterator === null) {
    throw new TypeError(`map() needs an iterator, not ${String(iterator)}`)
  }
  if (typeof mapper !== 'function') {
    try {
      iterator.return?.()
    } catch {
      // the first error is the one to report
    }
    throw new TypeError(
      `map() needs a function, not ${typeof mapper === 'string' ? `"${mapper}"` : String(mapper)}`,
    )
  }
  const next = iterator.next
  let counter = 0
  const result: IterableIterator<U> = Object.create(IteratorPrototype)
  result.next = () => {
    const step = next.call(iterator)
    if (step.done) return { done: true, value: undefined }
    let value: U
    try {
      value = mapper(step.value, counter++)
    } catch (error) {
      try {
        iterator.return?.()
      } catch {
        // the first error is the one to report
      }
      throw error
    }
    return { done: false, value }
  }
  result.return = () => {
    iterator.return?.()
    return { done: true, value: undefined }
  }
  return result
}

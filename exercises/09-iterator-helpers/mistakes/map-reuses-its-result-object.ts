// Breaks 9.5: one { done, value } object, changed and handed out by every next()
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
  let finished = false
  const step: { done: boolean; value: U | undefined } = { done: false, value: undefined }
  const result: IterableIterator<U> = Object.create(IteratorPrototype)
  result.next = () => {
    if (!finished) {
      finished = true
      const source = next.call(iterator)
      if (!source.done) {
        try {
          step.value = mapper(source.value, counter++)
        } catch (error) {
          try {
            iterator.return?.()
          } catch {
            // the first error is the one to report
          }
          throw error
        }
        finished = false
        return step as IteratorResult<U>
      }
    }
    step.done = true
    step.value = undefined
    return step as IteratorResult<U>
  }
  result.return = () => {
    if (!finished) {
      finished = true
      iterator.return?.()
    }
    return { done: true, value: undefined }
  }
  return result
}

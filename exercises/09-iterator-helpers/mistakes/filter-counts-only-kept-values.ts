// Breaks 4.8: moves the counter only when a value is kept
export * from '../solution/index.ts'

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))

export function filter<T>(
  iterator: Iterator<T>,
  predicate: (value: T, counter: number) => unknown,
): IterableIterator<T> {
  if ((typeof iterator !== 'object' && typeof iterator !== 'function') || iterator === null) {
    throw new TypeError(`filter() needs an iterator, not ${String(iterator)}`)
  }
  if (typeof predicate !== 'function') {
    try {
      iterator.return?.()
    } catch {
      // the first error is the one to report
    }
    throw new TypeError(
      `filter() needs a function, not ${typeof predicate === 'string' ? `"${predicate}"` : String(predicate)}`,
    )
  }
  const next = iterator.next
  let kept = 0
  let finished = false
  const result: IterableIterator<T> = Object.create(IteratorPrototype)
  result.next = () => {
    while (!finished) {
      const step = next.call(iterator)
      if (step.done) {
        finished = true
        break
      }
      const value = step.value
      let keep: unknown
      try {
        keep = predicate(value, kept)
      } catch (error) {
        finished = true
        try {
          iterator.return?.()
        } catch {
          // the first error is the one to report
        }
        throw error
      }
      if (keep) {
        kept++
        return { done: false, value }
      }
    }
    return { done: true, value: undefined }
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

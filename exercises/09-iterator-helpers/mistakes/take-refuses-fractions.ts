// Breaks 5.5: carries exercise 07's count rule over: "2", 1.5 and Infinity are refused instead of converted
export * from '../solution/index.ts'

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))

export function take<T>(iterator: Iterator<T>, limit: number): IterableIterator<T> {
  if ((typeof iterator !== 'object' && typeof iterator !== 'function') || iterator === null) {
    throw new TypeError(`take() needs an iterator, not ${String(iterator)}`)
  }
  if (!Number.isInteger(limit) || limit < 0) {
    try {
      iterator.return?.()
    } catch {
      // the first error is the one to report
    }
    throw new RangeError(
      `take() needs a count >= 0, not ${typeof limit === 'string' ? `"${limit}"` : String(limit)}`,
    )
  }
  const next = iterator.next
  let remaining = limit
  let finished = false
  const result: IterableIterator<T> = Object.create(IteratorPrototype)
  result.next = () => {
    if (finished) return { done: true, value: undefined }
    if (remaining === 0) {
      finished = true
      iterator.return?.()
      return { done: true, value: undefined }
    }
    remaining--
    const step = next.call(iterator)
    if (step.done) {
      finished = true
      return { done: true, value: undefined }
    }
    return { done: false, value: step.value }
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

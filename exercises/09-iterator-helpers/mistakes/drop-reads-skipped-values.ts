// Breaks 5.4: skips with const { done, value } = next(), which reads each skipped value too
export * from '../solution/index.ts'

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))

export function drop<T>(iterator: Iterator<T>, limit: number): IterableIterator<T> {
  if ((typeof iterator !== 'object' && typeof iterator !== 'function') || iterator === null) {
    throw new TypeError(`drop() needs an iterator, not ${String(iterator)}`)
  }
  const count = Number(limit)
  if (Number.isNaN(count) || count < 0) {
    try {
      iterator.return?.()
    } catch {
      // the first error is the one to report
    }
    throw new RangeError(`drop() needs a count >= 0, not ${String(limit)}`)
  }
  const next = iterator.next
  let toSkip = Math.trunc(count)
  let finished = false
  const result: IterableIterator<T> = Object.create(IteratorPrototype)
  result.next = () => {
    if (finished) return { done: true, value: undefined }
    while (toSkip > 0) {
      toSkip--
      const { done, value: _skipped } = next.call(iterator)
      if (done) {
        finished = true
        return { done: true, value: undefined }
      }
    }
    const { done, value } = next.call(iterator)
    if (done) {
      finished = true
      return { done: true, value: undefined }
    }
    return { done: false, value }
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

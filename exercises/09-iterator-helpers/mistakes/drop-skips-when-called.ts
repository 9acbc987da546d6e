// Breaks 5.3: skips the n values inside drop() itself, before any next()
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
  let finished = false
  for (let i = 0; i < Math.trunc(count); i++) {
    if (next.call(iterator).done) {
      finished = true
      break
    }
  }
  const result: IterableIterator<T> = Object.create(IteratorPrototype)
  result.next = () => {
    if (finished) return { done: true, value: undefined }
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

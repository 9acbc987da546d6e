// Breaks 5.1: checks "enough?" only after pulling, so it pulls an (n+1)-th value, and one for take(it, 0)
export * from '../solution/index.ts'

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))

export function take<T>(iterator: Iterator<T>, limit: number): IterableIterator<T> {
  if ((typeof iterator !== 'object' && typeof iterator !== 'function') || iterator === null) {
    throw new TypeError(`take() needs an iterator, not ${String(iterator)}`)
  }
  const count = Number(limit)
  if (Number.isNaN(count) || count < 0) {
    try {
      iterator.return?.()
    } catch {
      // the first error is the one to report
    }
    throw new RangeError(`take() needs a count >= 0, not ${String(limit)}`)
  }
  const next = iterator.next
  let taken = 0
  let finished = false
  const result: IterableIterator<T> = Object.create(IteratorPrototype)
  result.next = () => {
    if (finished) return { done: true, value: undefined }
    const step = next.call(iterator)
    if (step.done) {
      finished = true
      return { done: true, value: undefined }
    }
    if (taken >= Math.trunc(count)) {
      finished = true
      iterator.return?.()
      return { done: true, value: undefined }
    }
    taken++
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

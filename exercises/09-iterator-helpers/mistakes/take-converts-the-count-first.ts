// Breaks 8.1: converts and checks the count before the iterator, so take(42, NaN) is a RangeError
export * from '../solution/index.ts'

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`
  if (typeof value === 'object' && value !== null) return 'an object'
  return String(value)
}

export function take<T>(iterator: Iterator<T>, limit: number): IterableIterator<T> {
  const count = Number(limit)
  if (Number.isNaN(count) || count < 0) {
    try {
      iterator?.return?.()
    } catch {
      // the first error is the one to report
    }
    throw new RangeError(`take() needs a count >= 0, not ${describe(limit)}`)
  }
  if ((typeof iterator !== 'object' && typeof iterator !== 'function') || iterator === null) {
    throw new TypeError(`take() needs an iterator, not ${describe(iterator)}`)
  }
  const next = iterator.next
  let remaining = Math.trunc(count)
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

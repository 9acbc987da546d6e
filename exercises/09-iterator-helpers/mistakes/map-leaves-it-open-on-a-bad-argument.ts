// Breaks 8.3: the pre-2024 rule: throws for a refused callback without closing the iterator
export * from '../solution/index.ts'

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`
  if (typeof value === 'object' && value !== null) return 'an object'
  return String(value)
}

export function map<T, U>(
  iterator: Iterator<T>,
  mapper: (value: T, counter: number) => U,
): IterableIterator<U> {
  if ((typeof iterator !== 'object' && typeof iterator !== 'function') || iterator === null) {
    throw new TypeError(`map() needs an iterator, not ${describe(iterator)}`)
  }
  if (typeof mapper !== 'function') {
    throw new TypeError(`map() needs a function, not ${describe(mapper)}`)
  }
  const next = iterator.next
  let counter = 0
  let finished = false
  const result: IterableIterator<U> = Object.create(IteratorPrototype)
  result.next = () => {
    if (finished) return { done: true, value: undefined }
    finished = true
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
    finished = false
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

export function take<T>(iterator: Iterator<T>, limit: number): IterableIterator<T> {
  if ((typeof iterator !== 'object' && typeof iterator !== 'function') || iterator === null) {
    throw new TypeError(`take() needs an iterator, not ${describe(iterator)}`)
  }
  const count = Number(limit)
  if (Number.isNaN(count) || count < 0) {
    throw new RangeError(`take() needs a count >= 0, not ${describe(limit)}`)
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
    finished = true
    const step = next.call(iterator)
    if (step.done) return { done: true, value: undefined }
    finished = false
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

// Breaks 9.1: calls iterator.next() at every pull, reading the next property again each time
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
    try {
      iterator.return?.()
    } catch {
      // the first error is the one to report
    }
    throw new TypeError(`map() needs a function, not ${describe(mapper)}`)
  }
  let counter = 0
  let finished = false
  const result: IterableIterator<U> = Object.create(IteratorPrototype)
  result.next = () => {
    if (finished) return { done: true, value: undefined }
    const step = iterator.next()
    if (step.done) {
      finished = true
      return { done: true, value: undefined }
    }
    let value: U
    try {
      value = mapper(step.value, counter++)
    } catch (error) {
      finished = true
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
    if (!finished) {
      finished = true
      iterator.return?.()
    }
    return { done: true, value: undefined }
  }
  return result
}

// Breaks 6.4: flattens a string from the mapper into its characters instead of refusing it
export * from '../solution/index.ts'

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))

export function flatMap<T, U>(
  iterator: Iterator<T>,
  mapper: (value: T, counter: number) => Iterator<U> | Iterable<U>,
): IterableIterator<U> {
  if ((typeof iterator !== 'object' && typeof iterator !== 'function') || iterator === null) {
    throw new TypeError(`flatMap() needs an iterator, not ${String(iterator)}`)
  }
  if (typeof mapper !== 'function') {
    try {
      iterator.return?.()
    } catch {
      // the first error is the one to report
    }
    throw new TypeError(`flatMap() needs a function, not ${String(mapper)}`)
  }
  const next = iterator.next
  let counter = 0
  let inner: Iterator<U> | undefined
  let finished = false
  const closeSource = () => {
    try {
      iterator.return?.()
    } catch {
      // the first error is the one to report
    }
  }
  const result: IterableIterator<U> = Object.create(IteratorPrototype)
  result.next = () => {
    while (!finished) {
      if (inner) {
        let step: IteratorResult<U>
        try {
          step = inner.next()
        } catch (error) {
          finished = true
          closeSource()
          throw error
        }
        if (!step.done) return { done: false, value: step.value }
        inner = undefined
      }
      finished = true
      const outer = next.call(iterator)
      if (outer.done) break
      finished = false
      try {
        const mapped = mapper(outer.value, counter++)
        if (mapped == null)
          throw new TypeError(`flatMap() needs an iterable, not ${String(mapped)}`)
        const method = (mapped as Iterable<U>)[Symbol.iterator]
        inner = typeof method === 'function' ? method.call(mapped) : (mapped as Iterator<U>)
      } catch (error) {
        finished = true
        closeSource()
        throw error
      }
    }
    return { done: true, value: undefined }
  }
  result.return = () => {
    if (!finished) {
      finished = true
      if (inner) {
        try {
          inner.return?.()
        } catch (error) {
          closeSource()
          throw error
        }
      }
      iterator.return?.()
    }
    return { done: true, value: undefined }
  }
  return result
}

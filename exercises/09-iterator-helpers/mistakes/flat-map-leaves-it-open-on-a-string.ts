// Breaks 6.5: refuses the string but leaves the source open
export * from '../solution/index.ts'

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`
  if (typeof value === 'object' && value !== null) return 'an object'
  return String(value)
}

export function flatMap<T, U>(
  iterator: Iterator<T>,
  mapper: (value: T, counter: number) => Iterator<U> | Iterable<U>,
): IterableIterator<U> {
  if ((typeof iterator !== 'object' && typeof iterator !== 'function') || iterator === null) {
    throw new TypeError(`flatMap() needs an iterator, not ${describe(iterator)}`)
  }
  if (typeof mapper !== 'function') {
    try {
      iterator.return?.()
    } catch {
      // the first error is the one to report
    }
    throw new TypeError(`flatMap() needs a function, not ${describe(mapper)}`)
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
      let mapped: Iterator<U> | Iterable<U>
      try {
        mapped = mapper(outer.value, counter++)
      } catch (error) {
        closeSource()
        throw error
      }
      if (mapped === null || (typeof mapped !== 'object' && typeof mapped !== 'function')) {
        throw new TypeError(`flatMap() needs an iterator or iterable, not ${describe(mapped)}`)
      }
      finished = false
      const method = (mapped as Iterable<U>)[Symbol.iterator]
      inner = method == null ? (mapped as Iterator<U>) : method.call(mapped)
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

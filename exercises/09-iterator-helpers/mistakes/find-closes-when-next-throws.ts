// Breaks 9.3: a try/catch around the whole loop closes the iterator when its own next() threw
export * from '../solution/index.ts'

export function find<T>(
  iterator: Iterator<T>,
  predicate: (value: T, counter: number) => unknown,
): T | undefined {
  if ((typeof iterator !== 'object' && typeof iterator !== 'function') || iterator === null) {
    throw new TypeError(`find() needs an iterator, not ${String(iterator)}`)
  }
  if (typeof predicate !== 'function') {
    try {
      iterator.return?.()
    } catch {
      // the first error is the one to report
    }
    throw new TypeError(`find() needs a function, not ${String(predicate)}`)
  }
  const next = iterator.next
  let counter = 0
  try {
    while (true) {
      const step = next.call(iterator)
      if (step.done) return undefined
      const value = step.value
      if (predicate(value, counter++)) {
        iterator.return?.()
        return value
      }
    }
  } catch (error) {
    try {
      iterator.return?.()
    } catch {
      // the first error is the one to report
    }
    throw error
  }
}

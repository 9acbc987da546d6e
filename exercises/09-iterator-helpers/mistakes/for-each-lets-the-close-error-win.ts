// Breaks 8.4: closes, then throws: an error from return() escapes instead of the argument error
export * from '../solution/index.ts'

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`
  if (typeof value === 'object' && value !== null) return 'an object'
  return String(value)
}

export function forEach<T>(
  iterator: Iterator<T>,
  fn: (value: T, counter: number) => unknown,
): void {
  if ((typeof iterator !== 'object' && typeof iterator !== 'function') || iterator === null) {
    throw new TypeError(`forEach() needs an iterator, not ${describe(iterator)}`)
  }
  if (typeof fn !== 'function') {
    iterator.return?.()
    throw new TypeError(`forEach() needs a function, not ${describe(fn)}`)
  }
  const next = iterator.next
  let counter = 0
  while (true) {
    const step = next.call(iterator)
    if (step.done) return
    try {
      fn(step.value, counter++)
    } catch (error) {
      try {
        iterator.return?.()
      } catch {
        // the first error is the one to report
      }
      throw error
    }
  }
}

// Breaks 1.4: calls fn in a plain loop with no try/catch, so an error from fn leaves the iterator open
export * from '../solution/index.ts'

export function forEach<T>(
  iterator: Iterator<T>,
  fn: (value: T, counter: number) => unknown,
): void {
  if ((typeof iterator !== 'object' && typeof iterator !== 'function') || iterator === null) {
    throw new TypeError(`forEach() needs an iterator, not ${String(iterator)}`)
  }
  if (typeof fn !== 'function') {
    try {
      iterator.return?.()
    } catch {
      // the first error is the one to report
    }
    throw new TypeError(`forEach() needs a function, not ${String(fn)}`)
  }
  const next = iterator.next
  let counter = 0
  while (true) {
    const step = next.call(iterator)
    if (step.done) return
    fn(step.value, counter++)
  }
}

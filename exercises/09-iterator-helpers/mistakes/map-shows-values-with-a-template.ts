// Breaks 8.5: shows the refused value with ${value}: oops without quotes, [object Object] for an object, a TypeError of its own for a symbol
export * from '../solution/index.ts'

function fail(iterator: Iterator<unknown>, error: Error): never {
  try {
    iterator.return?.()
  } catch {
    // the first error is the one to report
  }
  throw error
}

export function some<T>(
  iterator: Iterator<T>,
  predicate: (value: T, counter: number) => unknown,
): boolean {
  if ((typeof iterator !== 'object' && typeof iterator !== 'function') || iterator === null) {
    throw new TypeError(`some() needs an iterator, not ${iterator}`)
  }
  if (typeof predicate !== 'function')
    fail(iterator, new TypeError(`some() needs a function, not ${predicate}`))
  const next = iterator.next
  let counter = 0
  while (true) {
    const step = next.call(iterator)
    if (step.done) return false
    let accepted: unknown
    try {
      accepted = predicate(step.value, counter++)
    } catch (error) {
      fail(iterator, error as Error)
    }
    if (accepted) {
      iterator.return?.()
      return true
    }
  }
}

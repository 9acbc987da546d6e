// Breaks 1.4: closes the iterator in a finally "to be safe": it calls return() on an iterator that
// has finished by itself, and on one whose own next() threw.
export * from '../solution/index.ts'

export function drain<T, R>(iterator: Iterator<T, R>): { values: T[]; result: R } {
  const values: T[] = []
  try {
    for (;;) {
      const step = iterator.next()
      if (step.done) return { values, result: step.value }
      values.push(step.value)
    }
  } finally {
    iterator.return?.()
  }
}

// Breaks 1.3: ends only at `done === true`, so a result with `done: 1`, which for...of takes for the
// end, is kept as a value and the reading goes on.
export * from '../solution/index.ts'

export function drain<T, R>(iterator: Iterator<T, R>): { values: T[]; result: R } {
  const values: T[] = []
  for (;;) {
    const step = iterator.next()
    if (step.done === true) return { values, result: step.value }
    values.push(step.value as T)
  }
}

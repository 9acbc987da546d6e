// Breaks 1.3: taking `value === undefined` as the end. Iterators may yield undefined as a real
// value; only `done` says the iterator has finished.
export * from '../solution/index.ts'

export function drain<T, R>(iterator: Iterator<T, R>): { values: T[]; result: R } {
  const values: T[] = []
  let step = iterator.next()
  while (step.value !== undefined && !step.done) {
    values.push(step.value)
    step = iterator.next()
  }
  return { values, result: step.value as R }
}

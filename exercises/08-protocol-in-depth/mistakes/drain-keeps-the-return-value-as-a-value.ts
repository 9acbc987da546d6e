// Breaks 1.1: a do...while loop pushes each result's value before it tests done, so the return
// value lands among the values.
export * from '../solution/index.ts'
export function drain<T, R>(iterator: Iterator<T, R>): { values: T[]; result: R } {
  const values: T[] = []
  let step: IteratorResult<T, R>
  do {
    step = iterator.next()
    values.push(step.value as T)
  } while (!step.done)
  return { values, result: step.value as R }
}

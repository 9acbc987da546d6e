// Breaks 1.3: `while (step.done === false)`: a result that leaves done out ends the loop at once,
// though it is not the end.
export * from '../solution/index.ts'
export function drain<T, R>(iterator: Iterator<T, R>): { values: T[]; result: R } {
  const values: T[] = []
  let step = iterator.next()
  while (step.done === false) {
    values.push(step.value)
    step = iterator.next()
  }
  return { values, result: step.value as R }
}

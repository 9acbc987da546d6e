// Breaks 1.2: reading the values with for...of, then calling next() once more for the result. The
// loop already consumed the result; a finished generator answers the extra call with undefined.
export * from '../solution/index.ts'

export function drain<T, R>(iterator: Iterator<T, R>): { values: T[]; result: R } {
  const values: T[] = []
  for (const value of { [Symbol.iterator]: () => iterator }) values.push(value)
  return { values, result: iterator.next().value as R }
}

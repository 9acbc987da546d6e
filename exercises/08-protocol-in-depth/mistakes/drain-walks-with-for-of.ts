// Breaks 1.2: walks the iterator with for...of, which drops the return value: result is always
// undefined.
export * from '../solution/index.ts'
export function drain<T, R>(iterator: Iterator<T, R>): { values: T[]; result: R } {
  const values: T[] = []
  for (const value of { [Symbol.iterator]: () => iterator }) values.push(value)
  return { values, result: undefined as R }
}

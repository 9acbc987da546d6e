// Breaks 2.5: "running off the end is not an error in JavaScript": returns the fallback, or
// undefined when none was passed, instead of throwing StopIteration.
export * from '../solution/index.ts'

export function next<T, D = never>(iterator: Iterator<T>, ...fallback: [] | [D]): T | D {
  const result = iterator.next()
  if (result.done) return fallback[0] as D
  return result.value
}

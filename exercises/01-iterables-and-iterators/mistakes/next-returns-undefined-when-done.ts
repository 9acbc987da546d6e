// Mistake: handing back `value` whatever `done` says, so an exhausted iterator returns
// undefined instead of throwing StopIteration or returning the fallback.
export * from '../solution/index.ts'

export function next<T, D = never>(iterator: Iterator<T>, ...fallback: [] | [D]): T | D {
  const result = iterator.next()
  return result.done && fallback.length === 1 ? fallback[0] : result.value
}

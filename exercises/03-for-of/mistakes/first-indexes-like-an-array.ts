// Breaks 4.1: treating the iterable as an array and reading `[0]`. Arrays and strings have indexes;
// a Set, a Map or a generator does not, so the answer is undefined.
export * from '../solution/index.ts'

export function first<T>(values: Iterable<T>): T | undefined {
  return (values as unknown as T[])[0]
}

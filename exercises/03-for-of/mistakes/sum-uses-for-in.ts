// Breaks 1.1: `for...in` instead of `for...of`. for...in walks an object's enumerable keys, so it
// happens to work on an array ("0", "1", ...) and silently sees nothing in a Set or a generator.
export * from '../solution/index.ts'

export function sum(values: Iterable<number>): number {
  let total = 0
  for (const key in values) total += (values as unknown as Record<string, number>)[key] ?? 0
  return total
}

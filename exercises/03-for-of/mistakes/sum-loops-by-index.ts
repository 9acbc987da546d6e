// Breaks 1.1: casts the iterable to number[] to quiet TypeScript and loops by index: a Set or a
// generator has no length, so it sums to 0.
export * from '../solution/index.ts'

export function sum(values: Iterable<number>): number {
  const list = values as number[]
  let total = 0
  for (let i = 0; i < list.length; i++) total += list[i] as number
  return total
}

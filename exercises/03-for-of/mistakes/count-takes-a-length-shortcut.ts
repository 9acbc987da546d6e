// Breaks 2.2: an O(1) fast path through length or size when there is one: a string's length
// counts UTF-16 code units, not the code points for...of yields.
export * from '../solution/index.ts'

export function count(values: Iterable<unknown>): number {
  const sized = values as { length?: unknown; size?: unknown }
  if (typeof sized.length === 'number') return sized.length
  if (typeof sized.size === 'number') return sized.size
  let total = 0
  for (const _ of values) total += 1
  return total
}

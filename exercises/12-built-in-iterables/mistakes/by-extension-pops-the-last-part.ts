// Breaks 3.1: takes split('.').pop(), which gives a name without a dot back whole, so Makefile
// gets a group of its own name instead of going into the group ''.
export * from '../solution/index.ts'

export function byExtension(names: Iterable<string>): Partial<Record<string, string[]>> {
  return Object.groupBy(names, (name) => name.split('.').pop() ?? '')
}

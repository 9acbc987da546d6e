// Breaks 3.1: matches the extension with /\.(\w+)$/, which misses one holding other characters,
// so main.c++ and notes.txt~ land in the group ''.
export * from '../solution/index.ts'

export function byExtension(names: Iterable<string>): Partial<Record<string, string[]>> {
  return Object.groupBy(names, (name) => /\.(\w+)$/.exec(name)?.[1] ?? '')
}

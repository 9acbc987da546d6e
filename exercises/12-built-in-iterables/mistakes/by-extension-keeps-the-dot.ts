// Breaks 3.1: slices from the last dot itself, so the groups are named '.txt' and '.gz'.
export * from '../solution/index.ts'

export function byExtension(names: Iterable<string>): Partial<Record<string, string[]>> {
  return Object.groupBy(names, (name) => {
    const dot = name.lastIndexOf('.')
    return dot === -1 ? '' : name.slice(dot)
  })
}

// Breaks 3.1: takes the text after the first dot, so site.tar.gz lands in "tar.gz"'s place as "tar".
export * from '../solution/index.ts'

export function byExtension(names: Iterable<string>): Partial<Record<string, string[]>> {
  return Object.groupBy(names, (name) => name.split('.')[1] ?? '')
}

// Breaks 3.2: groups into a plain {}, where groups.constructor and groups.toString already exist
// (inherited from Object.prototype), so ??= keeps them and .push fails.
export * from '../solution/index.ts'

export function byExtension(names: Iterable<string>): Partial<Record<string, string[]>> {
  const groups: Partial<Record<string, string[]>> = {}
  for (const name of names) {
    const dot = name.lastIndexOf('.')
    const extension = dot === -1 ? '' : name.slice(dot + 1)
    ;(groups[extension] ??= []).push(name)
  }
  return groups
}

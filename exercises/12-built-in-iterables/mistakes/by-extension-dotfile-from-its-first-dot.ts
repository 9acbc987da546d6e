// Breaks 3.1: makes a dotfile a special case whose extension is everything after its leading dot,
// so .env.local lands in 'env.local' instead of 'local'.
export * from '../solution/index.ts'

export function byExtension(names: Iterable<string>): Partial<Record<string, string[]>> {
  return Object.groupBy(names, (name) => {
    if (name.startsWith('.')) return name.slice(1)
    const dot = name.lastIndexOf('.')
    return dot === -1 ? '' : name.slice(dot + 1)
  })
}

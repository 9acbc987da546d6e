// Breaks 3.1: takes the extension from node:path's extname, which gives a dotfile such as .bashrc
// none, so it lands in the group "" instead of "bashrc".
export * from '../solution/index.ts'
import path from 'node:path'

export function byExtension(names: Iterable<string>): Partial<Record<string, string[]>> {
  // extname keeps the dot ('.gz'), and gives '' for a name without one.
  return Object.groupBy(names, (name) => path.extname(name).slice(1))
}

// Breaks 1.1: loops over a copy of the set ([...seen]), a snapshot taken before anything is added,
// so only start's own neighbours are found.
export * from '../solution/index.ts'

export function reachable<T>(start: T, neighbours: (node: T) => Iterable<T>): Set<T> {
  const seen = new Set([start])
  for (const node of [...seen]) {
    for (const next of neighbours(node)) seen.add(next)
  }
  return seen
}

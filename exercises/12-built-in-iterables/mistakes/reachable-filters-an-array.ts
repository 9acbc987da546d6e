// Breaks 1.3: expects neighbours to return an array and calls its .filter, which a Set does not have.
export * from '../solution/index.ts'

export function reachable<T>(start: T, neighbours: (node: T) => T[]): Set<T> {
  const seen = new Set([start])
  for (const node of seen) {
    for (const next of neighbours(node).filter((next) => !seen.has(next))) seen.add(next)
  }
  return seen
}

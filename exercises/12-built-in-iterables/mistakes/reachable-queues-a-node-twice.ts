// Breaks 1.2: a queue beside the set, and a node is marked seen only when it is taken off the
// queue, so a node two paths lead to is queued, and asked about, twice.
export * from '../solution/index.ts'

export function reachable<T>(start: T, neighbours: (node: T) => Iterable<T>): Set<T> {
  const seen = new Set<T>()
  const queue = [start]
  while (queue.length > 0) {
    const node = queue.shift() as T
    seen.add(node)
    for (const next of neighbours(node)) {
      if (!seen.has(next)) queue.push(next)
    }
  }
  return seen
}

/** Exercise 12, a model solution: each task is the built-in that does the work. */

export function reachable<T>(start: T, neighbours: (node: T) => Iterable<T>): Set<T> {
  const seen = new Set([start])
  // The loop visits the nodes added while it runs, in the order they were added: breadth-first.
  // A node already in the set is not added again, so each one is visited, and asked about, once.
  for (const node of seen) {
    for (const next of neighbours(node)) seen.add(next)
  }
  return seen
}

// A whole line: the name, `=`, the value; `^` and `$` with the m flag anchor it to its own line.
const SETTING = /^[ \t]*([\w-]+)[ \t]*=[ \t]*(.*?)[ \t]*$/gm

export function parseSettings(text: string): Record<string, string> {
  // fromEntries defines each name as an own property, so even `__proto__` is just a name.
  return Object.fromEntries(Array.from(text.matchAll(SETTING), ([, name, value]) => [name, value]))
}

export function formatSettings(settings: Readonly<Record<string, string>>): string {
  return Object.entries(settings)
    .map(([name, value]) => `${name} = ${value}`)
    .join('\n')
}

export function byExtension(names: Iterable<string>): Partial<Record<string, string[]>> {
  // The result has no prototype, so no group can collide with `constructor` or `toString`.
  return Object.groupBy(names, (name) => {
    const dot = name.lastIndexOf('.')
    return dot === -1 ? '' : name.slice(dot + 1)
  })
}

export function byLength(words: Iterable<string>): Map<number, string[]> {
  return Map.groupBy(words, (word) => word.length)
}

export async function loadAll<K, V>(
  ids: Iterable<K> | ArrayLike<K>,
  load: (id: K) => Promise<V>,
): Promise<Map<K, V>> {
  // Array.from reads ids once, iterable or array-like, and starts each load as it goes.
  const pairs = Array.from(ids, async (id) => [id, await load(id)] as const)
  return new Map(await Promise.all(pairs))
}

export function firstTwo<T>(values: Iterable<T>): [T | undefined, T | undefined] {
  const [first, second] = values
  return [first, second]
}

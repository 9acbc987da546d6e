/**
 * Exercise 12: built-in iterables and the code that consumes them.
 *
 * Everything here is a few lines long once you know which built-in does the work: Set, matchAll,
 * Object.fromEntries and Object.entries, Object.groupBy and Map.groupBy, Array.from, Promise.all,
 * new Map, destructuring. The tests check how each one reads its source.
 * Run `pnpm test` in this folder; README.md lists the tasks in the order the tests check them.
 */

/**
 * Task 1. `start` and every node reachable from it, breadth-first, each once.
 *
 * `<T>` makes the function generic: the nodes may be strings, numbers, objects. A `for...of`
 * loop over a Set also visits the values added to the set while it runs.
 */
export function reachable<T>(start: T, neighbours: (node: T) => Iterable<T>): Set<T> {
  // TODO: a Set that starts with `start`; loop over it, adding each node's neighbours.
  throw new Error('not implemented yet: reachable() (README, task 1)')
}

/**
 * Task 2. The settings of a `name = value` file, as an object.
 *
 * `Record<string, string>` is the type of an object whose keys and values are strings.
 */
export function parseSettings(text: string): Record<string, string> {
  // TODO: text.matchAll(a regular expression with the g and m flags), then Object.fromEntries.
  throw new Error('not implemented yet: parseSettings() (README, task 2)')
}

/** Task 2. An object written back as `name = value` lines. */
export function formatSettings(settings: Readonly<Record<string, string>>): string {
  // TODO: Object.entries gives [name, value] pairs of the object's own properties.
  throw new Error('not implemented yet: formatSettings() (README, task 2)')
}

/**
 * Task 3. File names grouped by extension. `Partial<…>` says a group may be missing: reading
 * `groups.txt` gives `string[] | undefined`.
 */
export function byExtension(names: Iterable<string>): Partial<Record<string, string[]>> {
  // TODO: Object.groupBy(names, name => its extension).
  throw new Error('not implemented yet: byExtension() (README, task 3)')
}

/** Task 3. Words grouped by length, in a Map whose keys are numbers. */
export function byLength(words: Iterable<string>): Map<number, string[]> {
  // TODO: Map.groupBy keeps the keys as they are.
  throw new Error('not implemented yet: byLength() (README, task 3)')
}

/**
 * Task 4. Every id's loaded value, all loads started at once.
 *
 * `ArrayLike<K>` is anything with a `length` and values at 0, 1, …; `Array.from` reads both kinds.
 */
export async function loadAll<K, V>(
  ids: Iterable<K> | ArrayLike<K>,
  load: (id: K) => Promise<V>,
): Promise<Map<K, V>> {
  // TODO: Array.from(ids, …) to start the loads, Promise.all to wait for them, new Map(pairs).
  throw new Error('not implemented yet: loadAll() (README, task 4)')
}

/**
 * Task 5. The first two values of an iterable.
 *
 * `[T | undefined, T | undefined]` is a tuple type: an array of exactly two elements.
 */
export function firstTwo<T>(values: Iterable<T>): [T | undefined, T | undefined] {
  // TODO: one line of destructuring does it, and closes the source for you.
  throw new Error('not implemented yet: firstTwo() (README, task 5)')
}

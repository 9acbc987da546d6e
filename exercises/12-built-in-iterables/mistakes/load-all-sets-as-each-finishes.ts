// Breaks 4.1: starts every load at once, but each one sets its id in the Map when it finishes, so
// the Map is in the order the loads finished, not the order of ids.
export * from '../solution/index.ts'

export async function loadAll<K, V>(
  ids: Iterable<K> | ArrayLike<K>,
  load: (id: K) => Promise<V>,
): Promise<Map<K, V>> {
  const loaded = new Map<K, V>()
  await Promise.all(
    Array.from(ids, async (id) => {
      loaded.set(id, await load(id))
    }),
  )
  return loaded
}

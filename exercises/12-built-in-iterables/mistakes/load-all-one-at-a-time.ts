// Breaks 4.2: awaits each load inside the loop, so the next one starts only after it has finished.
export * from '../solution/index.ts'

export async function loadAll<K, V>(
  ids: Iterable<K> | ArrayLike<K>,
  load: (id: K) => Promise<V>,
): Promise<Map<K, V>> {
  const loaded = new Map<K, V>()
  for (const id of Array.from(ids)) loaded.set(id, await load(id))
  return loaded
}

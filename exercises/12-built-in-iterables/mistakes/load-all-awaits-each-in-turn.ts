// Breaks 4.4: starts every load at once, then awaits them one by one, so when a later load fails
// it waits for the ones before it (and that rejection goes unhandled meanwhile).
export * from '../solution/index.ts'

export async function loadAll<K, V>(
  ids: Iterable<K> | ArrayLike<K>,
  load: (id: K) => Promise<V>,
): Promise<Map<K, V>> {
  const started = Array.from(ids, (id) => [id, load(id)] as const)
  const loaded = new Map<K, V>()
  for (const [id, promise] of started) loaded.set(id, await promise)
  return loaded
}

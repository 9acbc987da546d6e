// Breaks 4.1: reads ids once to start the loads and again to pair them up; a generator is empty
// the second time, so the Map has nothing in it.
export * from '../solution/index.ts'

export async function loadAll<K, V>(
  ids: Iterable<K> | ArrayLike<K>,
  load: (id: K) => Promise<V>,
): Promise<Map<K, V>> {
  const values = await Promise.all(Array.from(ids, load))
  return new Map(Array.from(ids, (id, index) => [id, values[index] as V]))
}

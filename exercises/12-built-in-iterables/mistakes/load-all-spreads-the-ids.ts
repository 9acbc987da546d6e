// Breaks 4.3: takes only iterables and spreads them, so an array-like without an iterator throws.
export * from '../solution/index.ts'

export async function loadAll<K, V>(
  ids: Iterable<K>,
  load: (id: K) => Promise<V>,
): Promise<Map<K, V>> {
  const list = [...ids]
  const values = await Promise.all(list.map(load))
  return new Map(list.map((id, index) => [id, values[index] as V]))
}

// Breaks 4.4: waits with Promise.allSettled, which never rejects, so a failed load becomes an
// undefined value in the Map instead of the error it was.
export * from '../solution/index.ts'

export async function loadAll<K, V>(
  ids: Iterable<K> | ArrayLike<K>,
  load: (id: K) => Promise<V>,
): Promise<Map<K, V>> {
  const list = Array.from(ids)
  const settled = await Promise.allSettled(list.map(load))
  return new Map(list.map((id, index) => [id, (settled[index] as PromiseFulfilledResult<V>).value]))
}

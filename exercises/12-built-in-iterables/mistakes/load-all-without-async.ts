// Breaks 4.4: a plain function that returns Promise.all(…).then(…), so a load that throws before
// it returns a promise makes loadAll throw at once instead of rejecting.
export * from '../solution/index.ts'

export function loadAll<K, V>(
  ids: Iterable<K> | ArrayLike<K>,
  load: (id: K) => Promise<V>,
): Promise<Map<K, V>> {
  const list = Array.from(ids)
  return Promise.all(list.map(load)).then(
    (values) => new Map(list.map((id, index) => [id, values[index] as V])),
  )
}

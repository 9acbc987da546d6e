// Breaks 4.1: finds out whether ids is iterable by calling ids[Symbol.iterator](), which opens an
// iterator that nobody reads or closes, before it opens ids again to read it.
export * from '../solution/index.ts'

function isIterable<K>(ids: Iterable<K> | ArrayLike<K>): ids is Iterable<K> {
  try {
    ;(ids as Iterable<K>)[Symbol.iterator]()
    return true
  } catch {
    return false
  }
}

export async function loadAll<K, V>(
  ids: Iterable<K> | ArrayLike<K>,
  load: (id: K) => Promise<V>,
): Promise<Map<K, V>> {
  const list = isIterable(ids) ? [...ids] : Array.from(ids)
  const values = await Promise.all(list.map(load))
  return new Map(list.map((id, index) => [id, values[index] as V]))
}

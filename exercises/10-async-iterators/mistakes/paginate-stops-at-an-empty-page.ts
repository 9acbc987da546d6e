// Breaks 3.4: an empty page ends the results, whatever its next says
import type { Page } from '../solution/index.ts'
export * from '../solution/index.ts'

export async function* paginate<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
): AsyncIterableIterator<T> {
  let cursor: string | undefined
  while (true) {
    const page = await fetchPage(cursor)
    if (page.items.length === 0) return
    yield* page.items
    if (page.next === undefined) return
    cursor = page.next
  }
}

// Mistake: treating an empty page as the end of the results.
import type { Page } from '../solution/index.ts'
export * from '../solution/index.ts'

export async function* paginate<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
): AsyncIterableIterator<T> {
  let cursor: string | undefined
  do {
    const page = await fetchPage(cursor)
    if (page.items.length === 0) return
    yield* page.items
    cursor = page.next
  } while (cursor !== undefined)
}

// Breaks 3.5: follows the cursor with while (page.next), so a next of '' counts as the last page
import type { Page } from '../solution/index.ts'
export * from '../solution/index.ts'

export async function* paginate<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
): AsyncIterableIterator<T> {
  let page = await fetchPage(undefined)
  yield* page.items
  while (page.next) {
    page = await fetchPage(page.next)
    yield* page.items
  }
}

// Mistake: starting the next page's request while the current page is still being read, "to be
// faster". A consumer that stops after page 1 still pays for page 2.
import type { Page } from '../solution/index.ts'
export * from '../solution/index.ts'

export async function* paginate<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
): AsyncIterableIterator<T> {
  let page = await fetchPage(undefined)
  for (;;) {
    const nextPage = page.next === undefined ? undefined : fetchPage(page.next)
    nextPage?.catch(() => {})
    yield* page.items
    if (nextPage === undefined) return
    page = await nextPage
  }
}

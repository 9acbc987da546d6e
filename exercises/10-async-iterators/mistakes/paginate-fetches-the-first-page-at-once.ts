// Breaks 3.2: "the first page is always needed": starts its request when paginate() is called
import type { Page } from '../solution/index.ts'
export * from '../solution/index.ts'

export function paginate<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
): AsyncIterableIterator<T> {
  const firstPage = fetchPage(undefined)
  firstPage.catch(() => {})
  return (async function* () {
    let page = await firstPage
    while (true) {
      yield* page.items
      if (page.next === undefined) return
      page = await fetchPage(page.next)
    }
  })()
}

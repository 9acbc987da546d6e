// Breaks 3.1: yields each page's items array as one value, instead of the items one by one
import type { Page } from '../solution/index.ts'
export * from '../solution/index.ts'

export async function* paginate<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
): AsyncIterableIterator<T> {
  let cursor: string | undefined
  do {
    const page = await fetchPage(cursor)
    yield page.items as T
    cursor = page.next
  } while (cursor !== undefined)
}

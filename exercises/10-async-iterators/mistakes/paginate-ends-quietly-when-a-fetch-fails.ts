// Breaks 3.6: catches a failed fetch and ends the loop "gracefully", so the consumer never hears of the error
import type { Page } from '../solution/index.ts'
export * from '../solution/index.ts'

export async function* paginate<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
): AsyncIterableIterator<T> {
  let cursor: string | undefined
  do {
    let page: Page<T>
    try {
      page = await fetchPage(cursor)
    } catch {
      return
    }
    yield* page.items
    cursor = page.next
  } while (cursor !== undefined)
}

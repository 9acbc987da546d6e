// Breaks 3.3: starts the next page's request as soon as a page arrives, to hide the latency: a consumer that stops after page 1 still pays for page 2
import type { Page } from '../solution/index.ts'
export * from '../solution/index.ts'

export async function* paginate<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
): AsyncIterableIterator<T> {
  let pending: Promise<Page<T>> | undefined = fetchPage(undefined)
  while (pending) {
    const page: Page<T> = await pending
    pending = page.next === undefined ? undefined : fetchPage(page.next)
    yield* page.items
  }
}

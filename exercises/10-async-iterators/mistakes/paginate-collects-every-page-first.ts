// Breaks 3.3: collects the items of every page into one array, then yields them
import type { Page } from '../solution/index.ts'
export * from '../solution/index.ts'

export async function* paginate<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
): AsyncIterableIterator<T> {
  const all: T[] = []
  let cursor: string | undefined
  do {
    const page = await fetchPage(cursor)
    all.push(...page.items)
    cursor = page.next
  } while (cursor !== undefined)
  yield* all
}

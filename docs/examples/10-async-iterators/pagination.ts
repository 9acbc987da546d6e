// A paged API, read lazily: each page is fetched only when its first
// item is needed.
interface Page {
  items: string[]
  next?: string
}

const pages: Record<string, Page> = {
  start: { items: ['ada', 'alan'], next: 'p2' },
  p2: { items: ['grace', 'linus'], next: 'p3' },
  p3: { items: ['margaret'] },
}

async function fetchPage(cursor = 'start'): Promise<Page> {
  console.log(`  (fetching ${cursor})`)
  return pages[cursor] ?? { items: [] }
}

async function* users() {
  let cursor: string | undefined
  do {
    const page = await fetchPage(cursor)
    yield* page.items
    cursor = page.next
  } while (cursor !== undefined)
}

for await (const user of users()) {
  console.log(user)
  if (user === 'grace') break // page p3 is never fetched
}

// Breaks 5.4: closes the handles in a plain loop, last first, so the first close that throws
// leaves the rest open.
export * from '../solution/index.ts'
import type { Handle, Opened } from '../solution/index.ts'

export function openAll<H extends Handle>(
  names: Iterable<string>,
  open: (name: string) => H,
): Opened<H> {
  const handles: H[] = []
  const closeAll = () => {
    for (const handle of handles.toReversed()) handle.close()
  }
  try {
    for (const name of names) handles.push(open(name))
  } catch (error) {
    closeAll()
    throw error
  }
  return { handles, [Symbol.dispose]: closeAll }
}

// Breaks 5.1: closes the handles in the order they were opened, first first, not the last first.
export * from '../solution/index.ts'
import type { Handle, Opened } from '../solution/index.ts'

export function openAll<H extends Handle>(
  names: Iterable<string>,
  open: (name: string) => H,
): Opened<H> {
  const stack = new DisposableStack()
  const handles: H[] = []
  try {
    for (const name of names) handles.push(stack.adopt(open(name), (handle) => handle.close()))
  } catch (error) {
    stack.dispose()
    throw error
  }
  return {
    handles,
    [Symbol.dispose]() {
      for (const handle of handles) handle.close()
    },
  }
}

// Breaks 5.3: a plain const stack: when an open throws, nothing disposes it, and the handles opened
// before stay open.
export * from '../solution/index.ts'
import type { Handle, Opened } from '../solution/index.ts'

export function openAll<H extends Handle>(
  names: Iterable<string>,
  open: (name: string) => H,
): Opened<H> {
  const stack = new DisposableStack()
  const handles = Array.from(names, (name) => stack.adopt(open(name), (handle) => handle.close()))
  return { handles, [Symbol.dispose]: () => stack.dispose() }
}

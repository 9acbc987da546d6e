// Breaks 5.2: the stack is declared with using and never moved out, so it closes every handle as
// openAll returns.
export * from '../solution/index.ts'
import type { Handle, Opened } from '../solution/index.ts'

export function openAll<H extends Handle>(
  names: Iterable<string>,
  open: (name: string) => H,
): Opened<H> {
  using stack = new DisposableStack()
  const handles = Array.from(names, (name) => stack.adopt(open(name), (handle) => handle.close()))
  return { handles, [Symbol.dispose]: () => stack.dispose() }
}

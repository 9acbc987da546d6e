// Breaks 5.1: closes the handles in a loop over handles.reverse(), which turns the array it handed
// out around in place, so after the dispose the handles are no longer in the order of names.
export * from '../solution/index.ts'
import type { Handle, Opened } from '../solution/index.ts'

export function openAll<H extends Handle>(
  names: Iterable<string>,
  open: (name: string) => H,
): Opened<H> {
  using stack = new DisposableStack()
  const handles = Array.from(names, (name) => stack.adopt(open(name), (handle) => handle.close()))
  stack.move()
  return {
    handles,
    [Symbol.dispose]() {
      const errors: unknown[] = []
      for (const handle of handles.reverse()) {
        try {
          handle.close()
        } catch (error) {
          errors.push(error)
        }
      }
      if (errors.length === 1) throw errors[0]
      if (errors.length > 1) {
        throw errors.reduce((suppressed, error) => new SuppressedError(error, suppressed))
      }
    },
  }
}

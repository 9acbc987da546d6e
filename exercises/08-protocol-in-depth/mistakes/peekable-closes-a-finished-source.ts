// Breaks 5.8: return() always calls the source's return(), even when the source already said done
// or was closed before. Close a source once, and only when you stop before its end.
import { peekable as carefulPeekable, type Peekable } from '../solution/index.ts'
export * from '../solution/index.ts'

export function peekable<T>(iterable: Iterable<T>): Peekable<T> {
  const source = iterable[Symbol.iterator]()
  const inner = carefulPeekable({ [Symbol.iterator]: () => source })
  const iterator: Peekable<T> = {
    peek: () => inner.peek(),
    next: () => inner.next(),
    return() {
      source.return?.()
      return inner.return()
    },
    [Symbol.iterator]: () => iterator,
  }
  return iterator
}

// Breaks 3.3: "easier to ask forgiveness": calls [Symbol.iterator]() and sees whether it throws;
// the call opens the value, and restarts an iterator that restarts when opened.
export * from '../solution/index.ts'

export function isIterable(value: unknown): value is Iterable<unknown> {
  try {
    const it = (value as Iterable<unknown>)[Symbol.iterator]()
    return typeof it === 'object' && it !== null
  } catch {
    return false
  }
}

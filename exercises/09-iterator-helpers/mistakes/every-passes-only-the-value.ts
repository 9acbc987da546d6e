// Breaks 2.4: calls predicate(value) without the counter, as Python's all() would
import {
  DONE,
  callClosing,
  closeWith,
  direct,
  stepValue,
  type Callback,
} from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function every<T>(iterator: Iterator<T>, predicate: Callback<T, unknown>): boolean {
  const source = direct(iterator, 'every', predicate)
  for (;;) {
    const value = stepValue<T>(source)
    if (value === DONE) return true
    const kept = callClosing(source, (item: T) => predicate(item, undefined as never), value, 0)
    if (!kept) return closeWith(source, false)
  }
}

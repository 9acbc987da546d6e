// Breaks 1.3: calls fn(value) as a for...of body would, without the counter
import { DONE, callClosing, direct, stepValue, type Callback } from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function forEach<T>(iterator: Iterator<T>, fn: Callback<T, unknown>): void {
  const source = direct(iterator, 'forEach', fn)
  for (;;) {
    const value = stepValue<T>(source)
    if (value === DONE) return
    callClosing(source, (item: T) => fn(item, undefined as never), value, 0)
  }
}

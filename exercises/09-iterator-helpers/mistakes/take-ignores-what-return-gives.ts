// Breaks 9.4: closes with iterator.return?.() and never looks at the answer, so a return() that gives a non-object (or a return that is not callable) goes unnoticed
import {
  DONE,
  checkIterator,
  helper,
  offer,
  readNext,
  stepValue,
  toCount,
} from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function take<T>(iterator: Iterator<T>, limit: number): IterableIterator<T> {
  checkIterator(iterator, 'take')
  let remaining = toCount(iterator, limit, 'take')
  const source = readNext(iterator, 'take')
  return helper(
    source,
    (function* () {
      for (;;) {
        if (remaining === 0) {
          const method = (iterator as { return?: unknown }).return
          if (typeof method === 'function') method.call(iterator)
          return
        }
        if (remaining !== Infinity) remaining -= 1
        const value = stepValue<T>(source)
        if (value === DONE) return
        yield* offer(source, value)
      }
    })(),
  )
}

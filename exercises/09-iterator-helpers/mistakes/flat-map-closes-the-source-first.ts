// Breaks 6.6: return() inside an inner iterator closes the source first, then the inner iterator, which may still need the source
export * from '../solution/index.ts'
import {
  DONE,
  callClosing,
  close,
  closingOnError,
  direct,
  flattenable,
  helper,
  stepValue,
  type Callback,
} from '../solution/protocol.ts'

export function flatMap<T, U>(
  iterator: Iterator<T>,
  mapper: Callback<T, Iterator<U> | Iterable<U>>,
): IterableIterator<U> {
  const source = direct(iterator, 'flatMap', mapper)
  return helper(
    source,
    (function* () {
      for (let counter = 0; ; counter += 1) {
        const value = stepValue<T>(source)
        if (value === DONE) return
        const mapped = callClosing(source, mapper, value, counter)
        const inner = closingOnError(source, () => flattenable(mapped, 'flatMap', false))
        for (;;) {
          const innerValue = closingOnError(source, () => stepValue<U>(inner))
          if (innerValue === DONE) break
          let resumed = false
          try {
            yield innerValue
            resumed = true
          } finally {
            if (!resumed) {
              close(source)
              closingOnError(source, () => close(inner))
            }
          }
        }
      }
    })(),
  )
}

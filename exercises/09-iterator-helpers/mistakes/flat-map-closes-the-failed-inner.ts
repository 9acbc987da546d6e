// Breaks 6.8: a try/catch around the inner loop closes both iterators on any error, also the inner one whose own next() threw
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
export * from '../solution/index.ts'

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
          const innerValue = closingOnError(source, () => {
            try {
              return stepValue<U>(inner)
            } catch (error) {
              ;(inner.iterator as Iterator<U>).return?.()
              throw error
            }
          })
          if (innerValue === DONE) break
          let resumed = false
          try {
            yield innerValue
            resumed = true
          } finally {
            if (!resumed) {
              closingOnError(source, () => close(inner))
              close(source)
            }
          }
        }
      }
    })(),
  )
}

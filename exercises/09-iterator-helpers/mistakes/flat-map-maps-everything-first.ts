// Breaks 6.3: maps every value of the source first, then flattens the results one after another
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
      const results: unknown[] = []
      for (let counter = 0; ; counter += 1) {
        const value = stepValue<T>(source)
        if (value === DONE) break
        results.push(callClosing(source, mapper, value, counter))
      }
      for (const mapped of results) {
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
              closingOnError(source, () => close(inner))
              close(source)
            }
          }
        }
      }
    })(),
  )
}

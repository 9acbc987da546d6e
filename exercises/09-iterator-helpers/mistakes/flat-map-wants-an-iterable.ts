// Breaks 6.2: always opens what the mapper returns with its [Symbol.iterator](), so an iterator that has none is refused
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
        const inner = closingOnError(source, () => {
          const opened = (mapped as Iterable<U>)[Symbol.iterator]
          if (typeof opened !== 'function') throw new TypeError('flatMap() needs an iterable')
          return flattenable(mapped, 'flatMap', false)
        })
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

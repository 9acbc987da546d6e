// Breaks 6.1: flattens whatever it finds all the way down, as flat(Infinity) would, so an array inside an inner array is split too
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
          const innerValue = closingOnError(source, () => stepValue<U>(inner))
          if (innerValue === DONE) break
          let resumed = false
          try {
            if (Array.isArray(innerValue)) yield* innerValue.flat(Infinity) as U[]
            else yield innerValue
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

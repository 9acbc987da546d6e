// Breaks 5.7: returns the generator itself: its return() before the first next() ends it without running its body, so the source is never closed
import {
  DONE,
  checkIterator,
  offer,
  readNext,
  step,
  stepValue,
  toCount,
} from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function drop<T>(iterator: Iterator<T>, limit: number): IterableIterator<T> {
  checkIterator(iterator, 'drop')
  let remaining = toCount(iterator, limit, 'drop')
  const source = readNext(iterator, 'drop')
  return (function* () {
    while (remaining > 0) {
      if (remaining !== Infinity) remaining -= 1
      if (step(source) === DONE) return
    }
    for (;;) {
      const value = stepValue<T>(source)
      if (value === DONE) return
      yield* offer(source, value)
    }
  })()
}

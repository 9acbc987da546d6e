// Breaks 3.3: written by hand; once the n-th value is out it thinks it is done, so a consumer's
// return() before the next pull closes nothing and the source stays open.
import { take as checkedTake } from '../solution/index.ts'
export * from '../solution/index.ts'

export function take<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  checkedTake([], n) // the solution's check of the count, so only the closing differs
  let iterator: Iterator<T> | undefined
  let remaining = n
  let finished = false
  const done: IteratorResult<T> = { done: true, value: undefined }
  return {
    next() {
      if (finished) return done
      if (remaining === 0) {
        finished = true
        iterator?.return?.()
        return done
      }
      iterator ??= iterable[Symbol.iterator]()
      let result: IteratorResult<T>
      try {
        result = iterator.next()
      } catch (error) {
        finished = true
        throw error
      }
      if (result.done) {
        finished = true
        return done
      }
      remaining -= 1
      return { done: false, value: result.value }
    },
    return() {
      if (!finished && remaining > 0) iterator?.return?.()
      finished = true
      return done
    },
    [Symbol.iterator]() {
      return this
    },
  }
}

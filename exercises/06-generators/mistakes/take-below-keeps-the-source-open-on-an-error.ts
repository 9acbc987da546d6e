// Breaks 3.5: walks the values by hand and, knowing that a source whose next() threw must not be
// closed, skips the close on every error, also on one the consumer throws in at the yield.
export * from '../solution/index.ts'

export function* takeBelow(values: Iterable<number>, limit: number): Generator<number> {
  const iterator = values[Symbol.iterator]()
  let ranOut = false
  let failed = false
  try {
    for (;;) {
      const result = iterator.next()
      if (result.done) {
        ranOut = true
        return
      }
      if (!(result.value < limit)) return
      yield result.value
    }
  } catch (error) {
    failed = true
    throw error
  } finally {
    if (!ranOut && !failed) iterator.return?.()
  }
}

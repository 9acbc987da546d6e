// Breaks 1.3: writes "no limit" as an optional parameter tested with !limit, so a limit of 0 counts
// forever.
export * from '../solution/index.ts'
export function* myNumbers(limit?: number): Generator<number> {
  for (let n = 1; !limit || n <= limit; n++) {
    yield n
  }
}

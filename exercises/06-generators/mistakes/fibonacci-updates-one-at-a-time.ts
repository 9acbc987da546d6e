// Breaks 2.2: Python's `a, b = b, a + b` written as two statements: `a = b` overwrites a before the
// sum is taken, so it gives 0, 1, 2, 4, 8, …
export * from '../solution/index.ts'
export function* fibonacci(): Generator<number> {
  let a = 0
  let b = 1
  while (true) {
    yield a
    a = b
    b = a + b
  }
}

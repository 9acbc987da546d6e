// Breaks 2.4: the pair of numbers lives at module level, so a second fibonacci() goes on where the
// first one stopped.
export * from '../solution/index.ts'
let a = 0
let b = 1

export function* fibonacci(): Generator<number> {
  while (true) {
    yield a
    ;[a, b] = [b, a + b]
  }
}

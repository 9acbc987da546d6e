// Breaks 2.2: updating the pair before yielding, so the sequence starts 1, 1, 2 and 0 is lost.
export * from '../solution/index.ts'

export function* fibonacci(): Generator<number> {
  let current = 0
  let following = 1
  for (;;) {
    const sum = current + following
    current = following
    following = sum
    yield current
  }
}

// Breaks 2.3: computing the first 100 numbers into an array and yielding those. It looks endless in
// a quick test, but it runs out, and a generator should compute each number only when asked.
export * from '../solution/index.ts'

export function* fibonacci(): Generator<number> {
  const numbers = [0, 1]
  while (numbers.length < 100) {
    numbers.push((numbers.at(-1) ?? 0) + (numbers.at(-2) ?? 0))
  }
  yield* numbers
}

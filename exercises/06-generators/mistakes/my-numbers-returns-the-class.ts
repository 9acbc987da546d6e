// Breaks 1.1: "don't repeat yourself": returns new MyNumbers(limit), which counts the same but is
// not a generator object (no throw(), and its tag is [object Object]).
export * from '../solution/index.ts'
import { MyNumbers } from '../solution/index.ts'

export function myNumbers(limit = Infinity): Generator<number> {
  return new MyNumbers(limit) as unknown as Generator<number>
}

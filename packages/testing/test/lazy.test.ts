import { describe, expect } from 'vitest'
import { itIsLazy } from '../src/lazy.ts'
import { iterationMatchers } from '../src/matchers.ts'

expect.extend(iterationMatchers)

function* double(values: Iterable<number>): Generator<number> {
  for (const value of values) yield value * 2
}

// The negative side (each rule fails an eager or leaky function) is proven by exercise 07's mistakes.
describe('itIsLazy, on a lazy generator', () => {
  itIsLazy((source) => double(source))
})

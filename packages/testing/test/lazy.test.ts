import { describe, expect } from 'vitest'
import { itClosesWhenTheCallbackThrows, itIsLazy } from '../src/lazy.ts'
import { iterationMatchers } from '../src/matchers.ts'

expect.extend(iterationMatchers)

function* map(values: Iterable<number>, fn: (value: number) => number): Generator<number> {
  for (const value of values) yield fn(value)
}

// The negative side (each rule fails an eager or leaky function) is proven by exercise 07's mistakes.
describe('1. map', () => {
  itIsLazy('map', (source) => map(source, (value) => value * 2), {
    lazy: '1.2',
    closes: '1.3',
    failedSource: '1.5',
  })
  itClosesWhenTheCallbackThrows('1.4', 'fn', (source, fail) =>
    map(source, (value) => {
      fail(value)
      return value
    }),
  )
})

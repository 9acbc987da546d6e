// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import { describe, expectTypeOf, it } from 'vitest'
import { chars, countCodePoints, graphemes, reverse } from '../src/index.ts'

describe('1. chars', () => {
  it('1.1 takes a string and gives an array of strings', () => {
    expectTypeOf(chars).toEqualTypeOf<(text: string) => string[]>()
  })
})

describe('2. countCodePoints', () => {
  it('2.1 takes a string and gives a number', () => {
    expectTypeOf(countCodePoints).toEqualTypeOf<(text: string) => number>()
  })
})

describe('3. reverse', () => {
  it('3.1 takes a string and gives a string', () => {
    expectTypeOf(reverse).toEqualTypeOf<(text: string) => string>()
  })
})

describe('4. graphemes', () => {
  it('4.2 takes a string and gives an array of strings', () => {
    expectTypeOf(graphemes).toEqualTypeOf<(text: string) => string[]>()
  })
})

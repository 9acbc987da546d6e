// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import { describe, expectTypeOf, it } from 'vitest'
import { chars, countCodePoints, graphemes, reverse } from '../src/index.ts'

describe('types', () => {
  it('chars and graphemes take a string and give an array of strings', () => {
    expectTypeOf(chars).toEqualTypeOf<(text: string) => string[]>()
    expectTypeOf(graphemes).toEqualTypeOf<(text: string) => string[]>()
  })

  it('countCodePoints gives a number and reverse a string', () => {
    expectTypeOf(countCodePoints).toEqualTypeOf<(text: string) => number>()
    expectTypeOf(reverse).toEqualTypeOf<(text: string) => string>()
  })

  it('a string is itself an Iterable<string>, so chars() is just its values', () => {
    expectTypeOf<string>().toExtend<Iterable<string>>()
    expectTypeOf(chars('abc')).toExtend<Iterable<string>>()
  })
})

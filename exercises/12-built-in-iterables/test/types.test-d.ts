// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import { describe, expectTypeOf, it } from 'vitest'
import { byLength, firstTwo, loadAll, reachable } from '../src/index.ts'

describe('1. reachable', () => {
  it('1.3 takes a neighbours function that returns any iterable of nodes', () => {
    expectTypeOf(reachable<string>)
      .parameter(1)
      .toEqualTypeOf<(node: string) => Iterable<string>>()
    expectTypeOf(reachable(1, () => new Set([2]))).toEqualTypeOf<Set<number>>()
  })
})

describe('3. grouping', () => {
  it('3.3 groups into a Map whose keys are numbers', () => {
    expectTypeOf(byLength([''])).toEqualTypeOf<Map<number, string[]>>()
  })
})

describe('4. loadAll', () => {
  it('4.3 takes an iterable or an array-like, and resolves to a Map', () => {
    expectTypeOf(loadAll<string, number>)
      .parameter(0)
      .toEqualTypeOf<Iterable<string> | ArrayLike<string>>()
    expectTypeOf(loadAll(['a'], async () => 1)).toEqualTypeOf<Promise<Map<string, number>>>()
  })
})

describe('5. firstTwo', () => {
  it('5.1 returns a pair whose places may be undefined', () => {
    expectTypeOf(firstTwo(['a'])).toEqualTypeOf<[string | undefined, string | undefined]>()
  })
})

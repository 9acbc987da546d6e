// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import '@iterlings/platform'
import { describe, expectTypeOf, it } from 'vitest'
import { openAll, passing, withConnection, zipped, type Handle, type Opened } from '../src/index.ts'

describe('1. passing', () => {
  it('1.4 returns a native iterator object, not a generator', () => {
    expectTypeOf(passing([], 0, 1)).toEqualTypeOf<IteratorObject<string, undefined, unknown>>()
    // Its own helpers chain on, typed: toArray() gives string[].
    expectTypeOf(passing([], 0, 1).toArray()).toEqualTypeOf<string[]>()
  })
})

describe('4. zipped', () => {
  it('4.1 is a generator of typed pairs', () => {
    expectTypeOf(zipped([1], ['a'])).toEqualTypeOf<Generator<[number, string], undefined>>()
  })
})

describe('5. openAll', () => {
  it('5.1 returns a Disposable that holds the handles with their own type', () => {
    const open = (name: string) => ({ name, close() {} })
    expectTypeOf(openAll(['a'], open)).toEqualTypeOf<Opened<{ name: string; close(): void }>>()
    expectTypeOf<Opened<Handle>>().toExtend<Disposable>()
  })
})

describe('6. withConnection', () => {
  it('6.1 resolves to the type the work resolves to', () => {
    const connect = async () => ({ [Symbol.asyncDispose]: async () => {} })
    expectTypeOf(withConnection(connect, async () => 42)).toEqualTypeOf<Promise<number>>()
  })
})

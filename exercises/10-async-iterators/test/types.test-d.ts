// Type-level tests: checked by `pnpm typecheck` (tsc), not at run time.
import { describe, expectTypeOf, it } from 'vitest'
import {
  abortable,
  asyncFrom,
  mapConcurrent,
  merge,
  paginate,
  take,
  type Page,
} from '../src/index.ts'

describe('types', () => {
  it('asyncFrom unwraps promises in the element type', () => {
    expectTypeOf(asyncFrom([1, Promise.resolve(2)])).toEqualTypeOf<AsyncIterable<number>>()
  })

  it('take resolves to an array of the element type', () => {
    expectTypeOf(take(asyncFrom(['a']), 1)).toEqualTypeOf<Promise<string[]>>()
  })

  it('paginate yields the item type of its pages', () => {
    const fetchPage = async (_cursor: string | undefined): Promise<Page<{ id: number }>> => ({
      items: [],
    })
    expectTypeOf(paginate(fetchPage)).toEqualTypeOf<AsyncIterableIterator<{ id: number }>>()
  })

  it('mapConcurrent yields what fn resolves to, sync or async', () => {
    expectTypeOf(mapConcurrent([1], async (n) => String(n), 2)).toEqualTypeOf<
      AsyncIterableIterator<string>
    >()
    expectTypeOf(mapConcurrent(asyncFrom([1]), (n) => n > 0, 2)).toEqualTypeOf<
      AsyncIterableIterator<boolean>
    >()
  })

  it('merge and abortable keep the element type', () => {
    expectTypeOf(merge(asyncFrom([1]), asyncFrom([2]))).toEqualTypeOf<
      AsyncIterableIterator<number>
    >()
    expectTypeOf(abortable(asyncFrom(['a']), new AbortController().signal)).toEqualTypeOf<
      AsyncIterableIterator<string>
    >()
  })
})

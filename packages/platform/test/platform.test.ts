import '@iterlings/platform'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

// Each built-in Part III uses, at work on whatever Node runs this (CI runs it on 20, 22, 24, 26).
describe(`the platform on Node ${process.version}`, () => {
  it('has the iterator helpers, Iterator.from and Iterator.concat', () => {
    const odd = Iterator.from({ next: () => ({ done: false, value: 1 }) })
    expect(
      odd
        .map((n) => n * 3)
        .take(2)
        .toArray(),
    ).toEqual([3, 3])
    expect(Iterator.concat([1], new Set([2])).toArray()).toEqual([1, 2])
  })

  it('closes an iterator through Symbol.dispose and a DisposableStack', () => {
    const closed: string[] = []
    function* lines() {
      try {
        yield 'a'
      } finally {
        closed.push('lines')
      }
    }
    const iterator = lines()
    iterator.next()
    iterator[Symbol.dispose]()
    const stack = new DisposableStack()
    stack.defer(() => closed.push('deferred'))
    stack.dispose()
    expect(closed).toEqual(['lines', 'deferred'])
  })

  it('closes an async generator through Symbol.asyncDispose and an AsyncDisposableStack', async () => {
    const closed: string[] = []
    async function* ticks() {
      try {
        yield 1
      } finally {
        closed.push('ticks')
      }
    }
    const iterator = ticks()
    await iterator.next()
    await iterator[Symbol.asyncDispose]()
    const stack = new AsyncDisposableStack()
    stack.defer(async () => void closed.push('deferred'))
    await stack.disposeAsync()
    expect(closed).toEqual(['ticks', 'deferred'])
    expect(new SuppressedError(1, 2, 'both')).toMatchObject({ error: 1, suppressed: 2 })
  })

  it('has Array.fromAsync, Object.groupBy and Map.groupBy', async () => {
    expect(await Array.fromAsync([Promise.resolve(1), 2])).toEqual([1, 2])
    expect(Object.groupBy([1, 2, 3], (n) => (n % 2 ? 'odd' : 'even'))).toEqual({
      odd: [1, 3],
      even: [2],
    })
    expect([...Map.groupBy([1, 2, 3], (n) => n % 2)]).toEqual([
      [1, [1, 3]],
      [0, [2]],
    ])
  })
})

describe('the preload, for a process that freezes its built-ins', () => {
  it('fills them in before Node freezes them, without eval', () => {
    const preload = createRequire(import.meta.url).resolve('@iterlings/platform/preload')
    const check = `
      async function* ticks() { yield 1 }
      const frozen = Object.isFrozen(Object.getPrototypeOf(Object.getPrototypeOf([].values())))
      console.log(frozen, typeof Iterator.concat, typeof ticks()[Symbol.asyncDispose],
        typeof DisposableStack, typeof Object.groupBy)`
    const flags = ['--frozen-intrinsics', '--disallow-code-generation-from-strings']
    const output = execFileSync(
      process.execPath,
      [...flags, '--no-warnings', '--require', preload, '-e', check],
      { encoding: 'utf8' },
    )
    expect(output).toBe('true function function function function\n')
  })
})

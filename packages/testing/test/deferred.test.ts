import { describe, expect, it } from 'vitest'
import { deferred, settle } from '../src/deferred.ts'

describe('deferred', () => {
  it('settles only when the test says so', async () => {
    const gate = deferred<string>()
    let seen = 'nothing'
    void gate.promise.then((value) => (seen = value))
    await settle()
    expect(seen).toBe('nothing')
    gate.resolve('opened')
    await settle()
    expect(seen).toBe('opened')
  })

  it('rejects with the given reason', async () => {
    const gate = deferred()
    gate.reject(new Error('no'))
    await expect(gate.promise).rejects.toThrow('no')
  })
})

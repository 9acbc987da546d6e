import { describe, expect, it } from 'vitest'
import { attempt } from '../src/thrown.ts'

describe('attempt', () => {
  it('reports what a call returned', () => {
    expect(attempt(() => 4)).toEqual({ threw: false, value: 4 })
  })

  it('reports what a call threw, whatever it is', () => {
    const error = new Error('boom')
    expect(
      attempt(() => {
        throw error
      }),
    ).toEqual({ threw: true, error })
    expect(
      attempt(() => {
        throw undefined
      }),
    ).toEqual({ threw: true, error: undefined })
  })
})

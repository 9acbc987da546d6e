import { describe, expect, it } from 'vitest'
import { keyOfLine, keysOf } from '../src/watch/keys.ts'

describe('terminal keys', () => {
  it('names arrows, Enter, Esc, Backspace, Ctrl-C, paging, and keeps letters as they are', () => {
    expect(keysOf('\u001b[A\u001b[Bj\r\u001b\u007f\u0003')).toEqual([
      'up',
      'down',
      'j',
      'enter',
      'escape',
      'backspace',
      'ctrl-c',
    ])
    expect(keysOf('\u001b[5~\u001b[6~\u001b[H\u001b[F \t')).toEqual([
      'page-up',
      'page-down',
      'home',
      'end',
      'space',
      'tab',
    ])
  })

  it('skips sequences it does not know, whole', () => {
    expect(keysOf('\u001b[1;5Cq')).toEqual(['q'])
  })

  it('reads a typed line as its first letter, an empty one as Enter', () => {
    expect(keyOfLine(' h \n')).toBe('h')
    expect(keyOfLine('')).toBe('enter')
  })
})

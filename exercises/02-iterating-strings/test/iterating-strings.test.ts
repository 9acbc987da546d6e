import { describe, expect, it } from 'vitest'
import { chars, countCodePoints, graphemes, reverse } from '../src/index.ts'

// Written as escapes so no editor or font can quietly change them.
const grinning = '\u{1F600}' // 😀: one code point, two UTF-16 code units (a surrogate pair)
const eAcute = 'e\u0301' // e + COMBINING ACUTE ACCENT: two code points, one grapheme
const thumbsUp = '\u{1F44D}\u{1F3FD}' // 👍🏽: a thumb plus a skin-tone modifier
const flag = '\u{1F1EB}\u{1F1F7}' // 🇫🇷: two regional indicator letters, F and R
const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}' // 👨‍👩‍👧: three people joined by two ZWJs

const codeUnitHint =
  'you split the string by UTF-16 code unit (`.length`, `text[i]`, `charAt` or `split("")`), which cuts 😀 into two broken halves: ' +
  'loop with for...of, or use [...text] or Array.from(text), which go by code point'

describe('1. chars', () => {
  it('splits "banana" into its six letters', () => {
    expect(chars('banana')).toEqual(['b', 'a', 'n', 'a', 'n', 'a'])
  })

  it('keeps an emoji whole: "a😀" gives ["a", "😀"]', () => {
    expect(chars(`a${grinning}`), codeUnitHint).toEqual(['a', grinning])
  })

  it('keeps emoji next to each other whole', () => {
    expect(chars(`${grinning}${grinning}!`), codeUnitHint).toEqual([grinning, grinning, '!'])
  })

  it('gives an empty array for an empty string', () => {
    expect(
      chars(''),
      'an empty string has no characters: return [] (text.match() gives null here, not [])',
    ).toEqual([])
  })

  it('keeps line breaks and tabs', () => {
    expect(
      chars('a\nb\tc'),
      'a regular expression `.` skips line breaks: let the string iterator split instead',
    ).toEqual(['a', '\n', 'b', '\t', 'c'])
  })

  it('goes by code point, not grapheme: "e" + a combining accent is two', () => {
    expect(
      chars(eAcute),
      'chars() yields what the string iterator yields, code points: keep Intl.Segmenter for graphemes() (task 4)',
    ).toEqual(['e', '\u0301'])
  })
})

describe('2. countCodePoints', () => {
  it('counts "banana" as 6', () => {
    expect(countCodePoints('banana')).toBe(6)
  })

  it('counts "😀" as 1, although its .length is 2', () => {
    expect(
      countCodePoints(grinning),
      '`.length` counts UTF-16 code units, and 😀 takes two: count what for...of yields instead',
    ).toBe(1)
  })

  it('counts "a😀b😀" as 4', () => {
    expect(countCodePoints(`a${grinning}b${grinning}`), '`.length` counts code units').toBe(4)
  })

  it('counts an empty string as 0', () => {
    expect(countCodePoints('')).toBe(0)
  })

  it('counts code points, not graphemes: the family emoji is 5 (three people, two joiners)', () => {
    expect(
      countCodePoints(family),
      '👨‍👩‍👧 is one grapheme but five code points (👨 ZWJ 👩 ZWJ 👧): count code points here, not what Intl.Segmenter gives',
    ).toBe(5)
  })
})

describe('3. reverse', () => {
  it('reverses "banana" into "ananab"', () => {
    expect(
      reverse('banana'),
      'join the reversed array with join(""): toString() and String() put commas between the letters',
    ).toBe('ananab')
  })

  it('keeps an emoji whole: "a😀b" gives "b😀a"', () => {
    expect(
      reverse(`a${grinning}b`),
      'reversing code units swaps the two halves of 😀 and breaks it: reverse [...text] instead of text.split("")',
    ).toBe(`b${grinning}a`)
  })

  it('gives an empty string for an empty string', () => {
    expect(reverse('')).toBe('')
  })

  it('reverses by code point, not by grapheme: the accent of "e\\u0301" moves to the front', () => {
    expect(
      reverse(eAcute),
      'reverse() works on code points, like the string iterator: leave graphemes to task 4',
    ).toBe('\u0301e')
  })

  it('reverses a longer sentence with emoji in it', () => {
    expect(reverse(`I ${grinning} JS`), codeUnitHint).toBe(`SJ ${grinning} I`)
  })
})

describe('4. graphemes', () => {
  it('splits "banana" into its six letters', () => {
    expect(
      graphemes('banana'),
      'ask Intl.Segmenter for { granularity: "grapheme" } ("word" gives whole words) and keep each segment\'s `segment` string',
    ).toEqual(['b', 'a', 'n', 'a', 'n', 'a'])
  })

  it.each([
    ['an e with a combining accent', eAcute],
    ['a thumbs-up with a skin tone', thumbsUp],
    ['a flag made of two regional indicators', flag],
    ['a family joined by zero-width joiners', family],
  ])('keeps %s as one grapheme', (_, grapheme) => {
    expect(
      graphemes(grapheme),
      `"${grapheme}" is ${[...grapheme].length} code points but one character on screen: ` +
        'the string iterator and hand-written regular expressions split it; Intl.Segmenter does not',
    ).toEqual([grapheme])
  })

  it('splits a mixed sentence into what a reader sees', () => {
    expect(graphemes(`Caf${eAcute} ${flag}${family}!`)).toEqual([
      'C',
      'a',
      'f',
      eAcute,
      ' ',
      flag,
      family,
      '!',
    ])
  })

  it('returns the text of each grapheme, not the segment objects', () => {
    const [first] = graphemes('ok')
    expect(
      typeof first,
      'segmenter.segment() yields objects like { segment, index, input }: keep only their `segment` string',
    ).toBe('string')
  })

  it('gives an empty array for an empty string', () => {
    expect(graphemes('')).toEqual([])
  })
})

describe('5. the seed example', () => {
  it('walks "banana" letter by letter, as Python\'s iter() and next() do', () => {
    const letters = chars('banana')
    const myit = letters[Symbol.iterator]()
    const printed = [1, 2, 3, 4, 5, 6].map(() => myit.next().value)
    expect(printed).toEqual(['b', 'a', 'n', 'a', 'n', 'a'])
    expect(myit.next().done, 'after six letters the iterator is done').toBe(true)
  })
})

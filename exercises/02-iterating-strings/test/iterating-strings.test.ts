import { describe, expect, it } from 'vitest'
import { chars, countCodePoints, graphemes, reverse } from '../src/index.ts'

// Written as escapes so no editor or font can quietly change them.
const grinning = '\u{1F600}' // 😀: one code point, two UTF-16 code units (a surrogate pair)
const highHalf = '\uD83D' // the first half of 😀 on its own: broken text, one item for the iterator
const lowHalf = '\uDE00' // the second half of 😀 on its own
const eAcute = 'e\u0301' // e + COMBINING ACUTE ACCENT: two code points, one grapheme
const thumbsUp = '\u{1F44D}\u{1F3FD}' // 👍🏽: a thumb plus a skin-tone modifier
const flag = '\u{1F1EB}\u{1F1F7}' // 🇫🇷: two regional indicator letters, F and R
const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}' // 👨‍👩‍👧: three people joined by two ZWJs

const codeUnitHint =
  'you split the string by UTF-16 code unit (`.length`, `text[i]`, `charAt` or `split("")`), which cuts 😀 into two broken halves: ' +
  'loop with for...of, or use [...text] or Array.from(text), which go by code point'

describe('1. chars', () => {
  it('1.1 splits "banana" into its six letters', () => {
    expect(chars('banana')).toEqual(['b', 'a', 'n', 'a', 'n', 'a'])
  })

  it('1.1 keeps an emoji whole: "a😀" gives ["a", "😀"]', () => {
    expect(chars(`a${grinning}`), codeUnitHint).toEqual(['a', grinning])
  })

  it('1.1 keeps emoji next to each other whole', () => {
    expect(chars(`${grinning}${grinning}!`), codeUnitHint).toEqual([grinning, grinning, '!'])
  })

  it('1.1 yields a lone surrogate as one item, as the string iterator does', () => {
    expect(chars(`ab${highHalf}`)).toEqual(['a', 'b', highHalf])
  })

  it('1.1 keeps a lone surrogate apart from the character next to it', () => {
    expect(
      [chars(`${highHalf}a`), chars(`a${lowHalf}b`)],
      'a high half makes one code point only with a low half right after it: a lone half next to a letter is two items. Let the string iterator pair them: [...text]',
    ).toEqual([
      [highHalf, 'a'],
      ['a', lowHalf, 'b'],
    ])
  })

  it('1.1 the seed: walks chars("banana") letter by letter, then is done', () => {
    const myit = chars('banana')[Symbol.iterator]()
    const printed = [1, 2, 3, 4, 5, 6].map(() => myit.next().value)
    expect(printed).toEqual(['b', 'a', 'n', 'a', 'n', 'a'])
    expect(myit.next().done, 'after six letters the iterator is done').toBe(true)
  })

  it('1.2 keeps line breaks and tabs', () => {
    expect(
      chars('a\nb\tc\r\u2028'),
      'a regular expression `.` skips line breaks (\\n, \\r, \\u2028): let the string iterator split instead',
    ).toEqual(['a', '\n', 'b', '\t', 'c', '\r', '\u2028'])
  })

  it('1.3 goes by code point, not grapheme: "e" + a combining accent is two', () => {
    const result = chars(eAcute)
    expect(
      result,
      result.length === 1 && result[0] === '\u00E9'
        ? 'chars() normalized the text, which merges e and its accent into é: return the code points as they are'
        : 'chars() yields what the string iterator yields, code points: keep Intl.Segmenter for graphemes() (task 4)',
    ).toEqual(['e', '\u0301'])
  })

  it('1.4 gives an empty array for an empty string', () => {
    const result = chars('')
    expect(
      result,
      Array.isArray(result) && result.length === 1
        ? "chars('') has no characters, yet you returned one empty piece: split() gives [''] for an empty string"
        : 'an empty string has no characters: return [] (text.match() gives null here, not [])',
    ).toEqual([])
  })
})

describe('2. countCodePoints', () => {
  it('2.1 counts "banana" as 6', () => {
    expect(countCodePoints('banana')).toBe(6)
  })

  it('2.1 counts "😀" as 1, although its .length is 2', () => {
    const count = countCodePoints(grinning)
    expect(
      count,
      count === 4
        ? '4 is how many bytes 😀 takes in UTF-8: count code points, what for...of yields, not encoded bytes'
        : '`.length` counts UTF-16 code units, and 😀 takes two: count what for...of yields instead',
    ).toBe(1)
  })

  it('2.1 counts "a😀b😀" as 4', () => {
    expect(countCodePoints(`a${grinning}b${grinning}`), '`.length` counts code units').toBe(4)
  })

  it('2.1 counts line breaks and tabs', () => {
    expect(
      countCodePoints('a\nb\tc\r\u2028'),
      'a regular expression `.` skips line breaks (\\n, \\r, \\u2028), so they went uncounted: count what for...of yields',
    ).toBe(7)
  })

  it('2.2 counts code points, not graphemes: the family emoji is 5 (three people, two joiners)', () => {
    expect(
      countCodePoints(family),
      '👨‍👩‍👧 is one grapheme but five code points (👨 ZWJ 👩 ZWJ 👧): count code points here, not what Intl.Segmenter gives',
    ).toBe(5)
    expect(countCodePoints(eAcute), 'e + a combining accent is two code points').toBe(2)
  })

  it('2.3 counts an empty string as 0', () => {
    expect(
      countCodePoints(''),
      "an empty string has no code points: split() gives [''] for it, one piece, so do not count pieces of a split",
    ).toBe(0)
  })

  it('2.4 counts a lone surrogate as one, as the string iterator does', () => {
    expect(
      countCodePoints(`ab${highHalf}`),
      'the iterator yields half an emoji on its own (cut off at the end, say) as one item: count what for...of yields; "length minus the high surrogates" counts it as nothing',
    ).toBe(3)
    expect(countCodePoints(`${highHalf}${highHalf}`)).toBe(2)
  })
})

describe('3. reverse', () => {
  it('3.1 keeps an emoji whole: "a😀b" gives "b😀a"', () => {
    expect(
      reverse(`a${grinning}b`),
      'reversing code units swaps the two halves of 😀 and breaks it: reverse [...text] instead of text.split("") or charAt()',
    ).toBe(`b${grinning}a`)
  })

  it('3.1 reverses a longer sentence with emoji in it', () => {
    expect(reverse(`I ${grinning} JS`), codeUnitHint).toBe(`SJ ${grinning} I`)
  })

  it('3.2 reverses by code point, not by grapheme: accents and flags turn around too', () => {
    expect(
      reverse(`${eAcute}x`),
      'reverse() works on code points, like the string iterator, so the accent ends up first: leave graphemes to task 4',
    ).toBe('x\u0301e')
    expect(reverse(flag), 'reversed by code point, 🇫🇷 (F, R) becomes 🇷🇫 (R, F)').toBe(
      '\u{1F1F7}\u{1F1EB}',
    )
  })

  it('3.3 reverses "banana" into "ananab"', () => {
    const result = reverse('banana')
    expect(
      result,
      result.includes(',')
        ? 'join the reversed array with join(""): toString() and String() put commas between the letters'
        : result === 'banana'
          ? 'the text came back unchanged: two reversals (reduceRight, and adding each letter in front) cancel out'
          : 'every letter must come back once, in reverse order: check the first and last index of your loop',
    ).toBe('ananab')
  })

  it('3.3 gives an empty string for an empty string', () => {
    expect(reverse('')).toBe('')
  })

  it('3.3 moves line breaks like any other code point', () => {
    expect(
      reverse('a\nb\r\u2028'),
      'the line breaks were lost: a regular expression `.` skips \\n, \\r and \\u2028; reverse what the string iterator yields',
    ).toBe('\u2028\rb\na')
  })

  it('3.3 moves a lone surrogate on its own', () => {
    expect(
      [reverse(`a${lowHalf}`), reverse(`${highHalf}a`)],
      'a low half belongs to the unit before it only when that unit is a high half: "a" + a lone low half is two code points, so they swap. Reverse [...text]',
    ).toEqual([`${lowHalf}a`, `a${highHalf}`])
  })

  it('3.3 joins two lone halves that meet high then low into one emoji, as any string does', () => {
    expect(reverse(`${lowHalf}${highHalf}`)).toBe(grinning)
  })
})

describe('4. graphemes', () => {
  it('4.1 splits "banana" into its six letters', () => {
    expect(graphemes('banana')).toEqual(['b', 'a', 'n', 'a', 'n', 'a'])
  })

  it.each([
    ['an e with a combining accent', eAcute],
    ['a thumbs-up with a skin tone', thumbsUp],
    ['a flag made of two regional indicators', flag],
    ['a family joined by zero-width joiners', family],
    ['a Windows line break, \\r\\n', '\r\n'],
  ])('4.1 keeps %s as one grapheme', (_, grapheme) => {
    expect(
      graphemes(grapheme),
      `"${grapheme}" is ${[...grapheme].length} code points but one grapheme: ` +
        'the string iterator and hand-written regular expressions split it; Intl.Segmenter with { granularity: "grapheme" } does not',
    ).toEqual([grapheme])
  })

  it('4.1 splits a mixed sentence into what a reader sees', () => {
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

  it('4.1 gives an empty array for an empty string', () => {
    expect(graphemes('')).toEqual([])
  })

  it('4.2 returns the text of each grapheme, not the segment objects or their input', () => {
    const result: unknown[] = graphemes('ok')
    expect(
      result.map((piece) => typeof piece),
      'segmenter.segment() yields objects like { segment, index, input }: keep only their `segment` string',
    ).toEqual(['string', 'string'])
    expect(
      result,
      'each segment’s `input` is the whole text; its `segment` is the grapheme',
    ).toEqual(['o', 'k'])
  })

  it('4.3 splits into characters, not words', () => {
    expect(
      graphemes('hi yo'),
      'ask Intl.Segmenter for { granularity: "grapheme" }: "word" gives whole words and the spaces between them',
    ).toEqual(['h', 'i', ' ', 'y', 'o'])
  })
})

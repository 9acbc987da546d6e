/**
 * Exercise 02: iterating strings.
 *
 * In Python, iter("banana") hands out one letter at a time. A JavaScript string is iterable
 * too, but "one letter" hides three different things: UTF-16 code units (what `.length`,
 * `text[i]` and `split('')` count), code points (what the string iterator yields) and
 * graphemes (what a reader sees as one character). Run `pnpm test` in this folder; README.md
 * lists the tasks in the order the tests check them.
 */

/**
 * Task 1. The characters of `text` exactly as the string iterator yields them: by code point,
 * so `chars('a😀')` is `['a', '😀']`, never two halves of the emoji.
 *
 * `string[]` is the return type: an array of strings.
 */
export function chars(text: string): string[] {
  // TODO: let the string iterator do the work (a for...of loop, spread or Array.from all use it).
  throw new Error('not implemented yet: chars() should split by code point (README, task 1)')
}

/**
 * Task 2. How many code points `text` has: `countCodePoints('😀')` is 1, while `'😀'.length` is 2.
 */
export function countCodePoints(text: string): number {
  // TODO: count what the string iterator yields, not what `.length` says.
  throw new Error('not implemented yet: countCodePoints() (README, task 2)')
}

/**
 * Task 3. `text` reversed code point by code point: `reverse('a😀b')` is `'b😀a'`.
 */
export function reverse(text: string): string {
  // TODO: reverse an array of code points, then join it back into one string.
  throw new Error('not implemented yet: reverse() (README, task 3)')
}

/**
 * Task 4. The user-perceived characters (graphemes) of `text`: `'e\u0301'` (e plus a combining
 * accent), `'👍🏽'`, `'🇫🇷'` and `'👨‍👩‍👧'` are one each.
 *
 * `'\u0301'` is an escape: the code point U+0301 written in hexadecimal.
 */
export function graphemes(text: string): string[] {
  // TODO: Intl.Segmenter knows where one grapheme ends and the next begins.
  throw new Error('not implemented yet: graphemes() should use Intl.Segmenter (README, task 4)')
}

/** Exercise 02, a model answer. */

/** The string iterator yields code points, so spreading it keeps every emoji whole. */
export function chars(text: string): string[] {
  return [...text]
}

/** `.length` counts UTF-16 code units; counting what the iterator yields counts code points. */
export function countCodePoints(text: string): number {
  let count = 0
  // `_` says the value is not needed: only how many times the loop runs.
  for (const _ of text) count += 1
  return count
}

/** Reversing code points keeps each surrogate pair in its order; reversing `split('')` would not. */
export function reverse(text: string): string {
  return chars(text).reverse().join('')
}

// Creating a segmenter is the costly part, so one serves every call. Graphemes do not depend on
// the language, so the default locale is fine.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** Each segment is an object; its `segment` property is the grapheme's text. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), ({ segment }) => segment)
}

// Breaks 4.1: a hand-written regular expression that joins combining marks to the letter before
// them. It handles "é" written as e + accent, but not skin tones, flags or ZWJ sequences.
export * from '../solution/index.ts'

export function graphemes(text: string): string[] {
  return text.match(/\P{M}\p{M}*/gu) ?? []
}

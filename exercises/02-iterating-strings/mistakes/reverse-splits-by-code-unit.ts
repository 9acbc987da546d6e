// Breaks 3.1: the classic `split('').reverse().join('')`. Reversing code units swaps the two
// halves of a surrogate pair, so every emoji turns into two broken characters.
export * from '../solution/index.ts'

export function reverse(text: string): string {
  return text.split('').reverse().join('')
}

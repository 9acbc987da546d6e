// Breaks 1.1: `text.split('')`. It splits between UTF-16 code units, so an emoji such as 😀 comes
// out as two broken halves (lone surrogates) instead of one character.
export * from '../solution/index.ts'

export function chars(text: string): string[] {
  return text.split('')
}

// Breaks 4.1: `[...text]` for graphemes. The string iterator goes by code point, so an accent,
// a skin tone, a flag's second letter and a zero-width joiner each come out separately.
export * from '../solution/index.ts'

export function graphemes(text: string): string[] {
  return [...text]
}

// Breaks 2.1: `text.length`. It counts UTF-16 code units, so "😀" counts as 2.
export * from '../solution/index.ts'

export function countCodePoints(text: string): number {
  return text.length
}

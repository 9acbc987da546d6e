// Breaks 1.3: normalizes the text "to be safe" before splitting: NFC merges e and a combining
// accent into one code point, é.
export * from '../solution/index.ts'

export function chars(text: string): string[] {
  return [...text.normalize('NFC')]
}

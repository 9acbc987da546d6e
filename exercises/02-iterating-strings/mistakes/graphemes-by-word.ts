// Breaks 4.3: copying an Intl.Segmenter example that asks for `granularity: 'word'`. That splits
// text into words and spaces, not into characters.
export * from '../solution/index.ts'

const segmenter = new Intl.Segmenter('en', { granularity: 'word' })

export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), ({ segment }) => segment)
}

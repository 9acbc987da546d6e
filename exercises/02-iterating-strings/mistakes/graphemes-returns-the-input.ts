// Breaks 4.2: picks the wrong field of the segment objects: `input` is the whole text, `segment`
// is the grapheme.
export * from '../solution/index.ts'

export function graphemes(text: string): string[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  return [...segmenter.segment(text)].map((piece) => piece.input)
}

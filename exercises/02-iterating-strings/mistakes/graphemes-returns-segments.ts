// Breaks 4.2: returning the segment objects themselves. segmenter.segment() yields objects like
// { segment: 'a', index: 0, input: 'abc' }; the cast silences TypeScript, but not the tests.
export * from '../solution/index.ts'

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

export function graphemes(text: string): string[] {
  return [...segmenter.segment(text)] as unknown as string[]
}

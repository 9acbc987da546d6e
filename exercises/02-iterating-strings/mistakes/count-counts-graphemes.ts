// Breaks 2.2: counting graphemes. A family emoji is one grapheme but five code points.
import { graphemes } from '../solution/index.ts'
export * from '../solution/index.ts'

export function countCodePoints(text: string): number {
  return graphemes(text).length
}

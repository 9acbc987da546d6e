// Breaks 1.3: using Intl.Segmenter in chars(). It gives graphemes, but chars() must give exactly
// what the string iterator yields: code points, so "e" + a combining accent is two.
import { graphemes } from '../solution/index.ts'
export * from '../solution/index.ts'

export function chars(text: string): string[] {
  return graphemes(text)
}

// Breaks 3.2: reversing graphemes. Kind to accents, but reverse() must go by code point, as the
// string iterator does.
import { graphemes } from '../solution/index.ts'
export * from '../solution/index.ts'

export function reverse(text: string): string {
  return graphemes(text).reverse().join('')
}

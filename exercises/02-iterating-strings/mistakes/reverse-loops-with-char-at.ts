// Breaks 3.1: Python's text[::-1] as a loop over charAt() from the end: charAt() gives code
// units, so each emoji comes out as its two halves swapped.
export * from '../solution/index.ts'

export function reverse(text: string): string {
  let out = ''
  let i = text.length
  while (i--) out += text.charAt(i)
  return out
}

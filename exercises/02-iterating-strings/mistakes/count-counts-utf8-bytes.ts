// Breaks 2.1: mixes up code points with encoded size and counts UTF-8 bytes with the
// encodeURIComponent trick: 😀 takes 4.
export * from '../solution/index.ts'

export function countCodePoints(text: string): number {
  return encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, 'x').length
}

// Breaks 3.3: walks the code points backwards by index from `length` instead of `length - 1`,
// and stops before 0, so the first code point is lost.
export * from '../solution/index.ts'

export function reverse(text: string): string {
  const points = [...text]
  let result = ''
  for (let i = points.length; i > 0; i--) result += points[i] ?? ''
  return result
}

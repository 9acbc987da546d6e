// Breaks 1.1: an index loop up to `text.length` with `charAt(i)`, as in C or Java. `.length` and
// `charAt` both count UTF-16 code units, so every emoji is cut in two.
export * from '../solution/index.ts'

export function chars(text: string): string[] {
  const result: string[] = []
  for (let i = 0; i < text.length; i++) result.push(text.charAt(i))
  return result
}

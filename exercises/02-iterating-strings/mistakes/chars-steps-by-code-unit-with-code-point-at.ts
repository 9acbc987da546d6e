// Breaks 1.1: half-fixes the index loop with codePointAt(), but still steps one code unit at a
// time, so after each emoji its second half comes out on its own.
export * from '../solution/index.ts'

export function chars(text: string): string[] {
  const result: string[] = []
  for (let i = 0; i < text.length; i++) {
    result.push(String.fromCodePoint(text.codePointAt(i) as number))
  }
  return result
}

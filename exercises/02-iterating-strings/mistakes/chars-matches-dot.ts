// Breaks 1.2: `text.match(/./gu)`. The `u` flag keeps emoji whole, but `.` does not match line
// breaks or other line terminators, so they silently disappear.
export * from '../solution/index.ts'

export function chars(text: string): string[] {
  return text.match(/./gu) ?? []
}

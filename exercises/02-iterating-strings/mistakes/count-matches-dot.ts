// Breaks 2.1: counts the matches of `/./gu`. The `u` flag keeps emoji whole, but `.` does not
// match line breaks, so '\n', '\r' and '\u2028' are not counted.
export * from '../solution/index.ts'

export function countCodePoints(text: string): number {
  return (text.match(/./gu) ?? []).length
}

// Breaks 3.3: reverses the matches of `/./gu`. Emoji stay whole, but `.` does not match line
// breaks, so every '\n', '\r' and '\u2028' is lost on the way.
export * from '../solution/index.ts'

export function reverse(text: string): string {
  return (text.match(/./gu) ?? []).reverse().join('')
}

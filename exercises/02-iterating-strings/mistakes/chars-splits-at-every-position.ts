// Breaks 1.4: `text.split(/(?!$)/u)`, "split at every position but the end": emoji stay whole,
// but split() gives [''] for the empty string.
export * from '../solution/index.ts'

export function chars(text: string): string[] {
  return text.split(/(?!$)/u)
}

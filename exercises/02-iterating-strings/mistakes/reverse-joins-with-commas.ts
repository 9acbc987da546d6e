// Breaks 3.3: turning the reversed array back into a string with `String()` (or `toString()`),
// which puts a comma between the elements: "a,n,a,n,a,b".
export * from '../solution/index.ts'

export function reverse(text: string): string {
  return String([...text].reverse())
}

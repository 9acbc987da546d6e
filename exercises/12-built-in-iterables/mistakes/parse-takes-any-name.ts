// Breaks 2.2: takes as the name whatever comes before the = (no spaces), so a comment with no space
// after its # or ; ("#port = 80") is read as a setting named "#port".
export * from '../solution/index.ts'

const SETTING = /^[ \t]*([^=\s]+)[ \t]*=[ \t]*(.*?)[ \t]*$/gm

export function parseSettings(text: string): Record<string, string> {
  return Object.fromEntries(Array.from(text.matchAll(SETTING), ([, name, value]) => [name, value]))
}

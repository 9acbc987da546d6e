// Breaks 2.1: matches a name with \w+, which takes letters, digits and _ but not -, so a line such
// as "max-size = 10" is skipped.
export * from '../solution/index.ts'

const SETTING = /^[ \t]*(\w+)[ \t]*=[ \t]*(.*?)[ \t]*$/gm

export function parseSettings(text: string): Record<string, string> {
  return Object.fromEntries(Array.from(text.matchAll(SETTING), ([, name, value]) => [name, value]))
}

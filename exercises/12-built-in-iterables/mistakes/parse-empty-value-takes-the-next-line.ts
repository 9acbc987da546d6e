// Breaks 2.1: \s* around = also matches a newline, so "name =" with no value takes the next line as its value.
export * from '../solution/index.ts'

export function parseSettings(text: string): Record<string, string> {
  const matches = text.matchAll(/^\s*([\w-]+)\s*=\s*(.*?)\s*$/gm)
  return Object.fromEntries(Array.from(matches, ([, name, value]) => [name, value]))
}

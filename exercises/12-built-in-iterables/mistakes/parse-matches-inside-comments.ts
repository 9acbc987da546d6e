// Breaks 2.2: the pattern is not anchored to the start of a line, so "# port = 80" matches too.
export * from '../solution/index.ts'

export function parseSettings(text: string): Record<string, string> {
  const matches = text.matchAll(/([\w-]+)[ \t]*=[ \t]*(.*?)[ \t]*$/gm)
  return Object.fromEntries(Array.from(matches, ([, name, value]) => [name, value]))
}

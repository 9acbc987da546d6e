// Breaks 2.2: skips blank lines and comments and splits every other line at its first =, so a
// line whose name is not letters, digits, _ and - (server name = x, = x) becomes a setting too.
export * from '../solution/index.ts'

export function parseSettings(text: string): Record<string, string> {
  const entries: [string, string][] = []
  for (const line of text.split('\n')) {
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue
    const equals = trimmed.indexOf('=')
    if (equals === -1) continue
    entries.push([trimmed.slice(0, equals).trim(), trimmed.slice(equals + 1).trim()])
  }
  return Object.fromEntries(entries)
}

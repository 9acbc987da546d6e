// Breaks 2.1: splits each line at every =, so a value that holds = itself is cut short.
export * from '../solution/index.ts'

export function parseSettings(text: string): Record<string, string> {
  const entries: [string, string][] = []
  for (const line of text.split('\n')) {
    if (!/^\s*[\w-]+\s*=/.test(line)) continue
    const [name = '', value = ''] = line.split('=')
    entries.push([name.trim(), value.trim()])
  }
  return Object.fromEntries(entries)
}

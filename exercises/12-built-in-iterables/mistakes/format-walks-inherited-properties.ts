// Breaks 2.4: for...in visits inherited enumerable properties as well as the object's own.
export * from '../solution/index.ts'

export function formatSettings(settings: Readonly<Record<string, string>>): string {
  const lines: string[] = []
  for (const name in settings) lines.push(`${name} = ${settings[name]}`)
  return lines.join('\n')
}

// Breaks 2.4: sorts the names for a tidy file, instead of keeping the object's own order.
export * from '../solution/index.ts'

export function formatSettings(settings: Readonly<Record<string, string>>): string {
  return Object.keys(settings)
    .sort()
    .map((name) => `${name} = ${settings[name]}`)
    .join('\n')
}

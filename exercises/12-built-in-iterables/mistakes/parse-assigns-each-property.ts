// Breaks 2.3: assigns each setting to a plain object, and settings['__proto__'] = value does not
// add a property (it would set the prototype, and a string is ignored).
export * from '../solution/index.ts'

export function parseSettings(text: string): Record<string, string> {
  const settings: Record<string, string> = {}
  for (const [, name = '', value = ''] of text.matchAll(
    /^[ \t]*([\w-]+)[ \t]*=[ \t]*(.*?)[ \t]*$/gm,
  ))
    settings[name] = value
  return settings
}

/**
 * console.log's text for a value that is not a string, close to what Node prints, so an edited
 * example prints on the page what it would print in a terminal.
 */
export function inspect(value: unknown, depth = 0): string {
  if (typeof value === 'string') return depth === 0 ? value : `'${value}'`
  if (typeof value === 'bigint') return `${value}n`
  if (typeof value === 'function') {
    const kind = /^class\b/.test(Function.prototype.toString.call(value)) ? 'class' : 'Function'
    return `[${kind}${value.name ? `: ${value.name}` : ' (anonymous)'}]`
  }
  if (typeof value !== 'object' || value === null) return String(value)
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`
  const nested = (item: unknown) => inspect(item, depth + 1)
  if (Array.isArray(value)) {
    if (depth > 2) return '[Array]'
    return value.length === 0 ? '[]' : `[ ${value.map(nested).join(', ')} ]`
  }
  if (value instanceof Map) {
    const entries = [...value].map(([key, item]) => `${nested(key)} => ${nested(item)}`)
    return `Map(${value.size}) ${braces(entries)}`
  }
  if (value instanceof Set) return `Set(${value.size}) ${braces([...value].map(nested))}`
  if (depth > 2) return '[Object]'
  const entries = Object.entries(value).map(
    ([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`}: ${nested(item)}`,
  )
  const tag = (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag]
  const constructorName = (value as { constructor?: { name?: string } }).constructor?.name
  const prefix =
    typeof tag === 'string'
      ? `Object [${tag}] `
      : constructorName && constructorName !== 'Object'
        ? `${constructorName} `
        : ''
  return prefix + braces(entries)
}

const braces = (entries: string[]) => (entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`)

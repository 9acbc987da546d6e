// Breaks 2.4: returns null for a blank line, "nothing there", where the rule is undefined
import type { LogEntry } from '../solution/index.ts'
export * from '../solution/index.ts'

export function parseLine(line: string): LogEntry | undefined {
  if (/^[ \t]*$/.test(line)) return null as unknown as undefined
  const fields = line.replace(/^[ \t]+|[ \t]+$/g, '').split(/[ \t]+/)
  if (fields.length !== 5) return undefined
  const [time, method, path, status, ms] = fields as [string, string, string, string, string]
  if (!/^\d{3}$/.test(status) || !/^\d+$/.test(ms)) return undefined
  return { time, method, path, status: Number(status), ms: Number(ms) }
}

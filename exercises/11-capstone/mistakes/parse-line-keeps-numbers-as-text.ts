// Breaks 2.1: hands back the fields as it split them, so status and ms stay strings ("200", "35")
import type { LogEntry } from '../solution/index.ts'
export * from '../solution/index.ts'

export function parseLine(line: string): LogEntry | undefined {
  const fields = line.replace(/^[ \t]+|[ \t]+$/g, '').split(/[ \t]+/)
  if (fields.length !== 5) return undefined
  const [time, method, path, status, ms] = fields as [string, string, string, string, string]
  if (!/^\d{3}$/.test(status) || !/^\d+$/.test(ms)) return undefined
  return { time, method, path, status, ms } as unknown as LogEntry
}

// Breaks 2.5: checks only that there are "enough" fields, so extra fields at the end are silently ignored
import type { LogEntry } from '../solution/index.ts'
export * from '../solution/index.ts'

export function parseLine(line: string): LogEntry | undefined {
  const fields = line.split(/[ \t]+/).filter((field) => field !== '')
  if (fields.length < 5) return undefined
  const [time, method, path, status, ms] = fields as [string, string, string, string, string]
  if (!/^\d{3}$/.test(status) || !/^\d+$/.test(ms)) return undefined
  return { time, method, path, status: Number(status), ms: Number(ms) }
}

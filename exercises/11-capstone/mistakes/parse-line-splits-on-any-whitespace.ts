// Breaks 2.3: trim().split(/\\s+/): a no-break space or a stray \\r separates fields too
import type { LogEntry } from '../solution/index.ts'
export * from '../solution/index.ts'

export function parseLine(line: string): LogEntry | undefined {
  const trimmed = line.trim()
  if (trimmed === '') return undefined
  const fields = trimmed.split(/\s+/)
  if (fields.length !== 5) return undefined
  const [time, method, path, status, ms] = fields as [string, string, string, string, string]
  if (!/^\d{3}$/.test(status) || !/^\d+$/.test(ms)) return undefined
  return { time, method, path, status: Number(status), ms: Number(ms) }
}

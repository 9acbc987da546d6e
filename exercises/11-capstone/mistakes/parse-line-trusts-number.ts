// Mistake: converting with parseInt() and checking for NaN only. parseInt('35ms') is 35 and
// parseInt('1.5') is 1, so broken lines pass as requests.
import type { LogEntry } from '../solution/index.ts'
export * from '../solution/index.ts'

export function parseLine(line: string): LogEntry | undefined {
  const fields = line.trim().split(/\s+/)
  if (fields.length !== 5) return undefined
  const [time, method, path, status, ms] = fields as [string, string, string, string, string]
  const entry = { time, method, path, status: parseInt(status, 10), ms: parseInt(ms, 10) }
  return Number.isNaN(entry.status) || Number.isNaN(entry.ms) ? undefined : entry
}

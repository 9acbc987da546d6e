// Breaks 2.7: converts with parseInt, which takes 12ms, 1.5 and 200x for numbers
import type { LogEntry } from '../solution/index.ts'
export * from '../solution/index.ts'

export function parseLine(line: string): LogEntry | undefined {
  const fields = line.trim().split(/[ \t]+/)
  if (fields.length !== 5) return undefined
  const [time, method, path, statusText, msText] = fields as [
    string,
    string,
    string,
    string,
    string,
  ]
  const status = parseInt(statusText, 10)
  const ms = parseInt(msText, 10)
  if (isNaN(status) || status < 100 || status > 999 || isNaN(ms) || ms < 0) return undefined
  return { time, method, path, status, ms }
}
